//! Columns about who a person is, however a form words them, in English, Welsh or a tool's
//! own language: names, e-mail, phone, postcode, address, staff numbers, IP addresses and
//! location. They are never read in, never kept as extra detail and never shown in the
//! preview; a name is used only as the author of someone who asked to be quoted with it.
//! Known by the header's words, checked against the answers (a long question that mentions
//! a name, with sentences for answers, is a question), or by the answers alone (a column of
//! e-mail addresses is personal whatever its header).

use super::profile::{Looks, Profile};
use super::words::squash;

/// What a personal column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Personal {
    Name,
    Email,
    Phone,
    Postcode,
    Address,
    StaffNumber,
    IpAddress,
    Location,
    BirthDate,
}

/// Words that make "name" something other than a person's ("Name of your organisation").
const NOT_A_PERSON: &[&str] = &[
    "organisation",
    "organization",
    "org",
    "service",
    "services",
    "team",
    "group",
    "project",
    "school",
    "company",
    "business",
    "event",
    "setting",
    "venue",
    "place",
    "product",
    "course",
    "file",
    "sefydliad",
    "gwasanaeth",
    "tîm",
    "tim",
    "grŵp",
    "grwp",
    "prosiect",
    "ysgol",
    "cwmni",
    "digwyddiad",
    "lle",
];

/// Words that make a question about the name a consent question ("May we quote your name?").
const CONSENT_WORDS: &[&str] = &[
    "quote",
    "quoted",
    "consent",
    "credit",
    "credited",
    "publish",
    "published",
    "shown",
    "attribute",
    "attributed",
    "dyfynnu",
    "caniatâd",
    "caniatad",
    "cyhoeddi",
];

/// The personal column `header` with these answers is, if it is one.
pub fn personal(header: &str, profile: &Profile) -> Option<Personal> {
    let looks = profile.looks();
    // The answers alone say so.
    let by_answers = match looks {
        Looks::Email => Some(Personal::Email),
        Looks::Phone => Some(Personal::Phone),
        Looks::Postcode => Some(Personal::Postcode),
        Looks::IpAddress => Some(Personal::IpAddress),
        _ => None,
    };
    if by_answers.is_some() {
        return by_answers;
    }
    let found = by_header(header)?;
    // A label ("Mobile No.", "Your name (optional)") is personal; a longer question is when
    // its answers are short (a name, a number), not people's sentences.
    let words = header_words(header);
    let short_label = words.len() <= 6;
    let short_answers = profile.answers() == 0 || profile.words <= profile.answers() * 4;
    (short_label || (short_answers && looks != Looks::Open)).then_some(found)
}

/// The header's words, lower case.
fn header_words(header: &str) -> Vec<String> {
    header
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What a header names, by its words.
pub fn by_header(header: &str) -> Option<Personal> {
    let words = header_words(header);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let squashed = squash(header);
    let contains = |list: &[&str]| list.iter().any(|p| squashed.contains(p));
    if contains(&[
        "电子邮件",
        "邮箱",
        "邮件地址",
        "email",
        "ebost",
        "courriel",
        "correo",
    ]) || has(&["mail", "bost"])
    {
        return Some(Personal::Email);
    }
    if contains(&[
        "ipaddress",
        "ipaddr",
        "submissionip",
        "networkid",
        "ipcyfeiriad",
    ]) || words.first().is_some_and(|w| w == "ip")
    {
        return Some(Personal::IpAddress);
    }
    if contains(&["latitude", "longitude", "geolocation"]) || has(&["lat", "lng"]) {
        return Some(Personal::Location);
    }
    if squashed.starts_with("recipient") {
        return Some(if contains(&["email"]) {
            Personal::Email
        } else {
            Personal::Name
        });
    }
    if has(&[
        "phone",
        "telephone",
        "mobile",
        "tel",
        "ffôn",
        "ffon",
        "symudol",
        "whatsapp",
    ]) || contains(&["电话", "手机", "phonenumber"])
    {
        return Some(Personal::Phone);
    }
    if has(&["postcode", "postcodes", "zip", "zipcode"])
        || contains(&["postcode", "codpost", "côdpost", "邮编", "邮政编码"])
    {
        return Some(Personal::Postcode);
    }
    let numbered = (has(&["staff", "pers"]) && has(&["number", "no", "num", "id"])
        || has(&["rhif"]) && has(&["staff", "gweithiwr", "cyflogai"]))
        && !has(&["many", "faint", "how"]);
    if numbered || has(&["employee", "personnel", "payroll", "gweithiwr"]) {
        return Some(Personal::StaffNumber);
    }
    if contains(&["dateofbirth", "dyddiadgeni", "出生"]) || has(&["dob", "birthday"]) {
        return Some(Personal::BirthDate);
    }
    if has(&["address", "cyfeiriad", "street", "stryd"]) || contains(&["地址"]) {
        return Some(Personal::Address);
    }
    let names = has(&[
        "name",
        "names",
        "firstname",
        "lastname",
        "fullname",
        "surname",
        "forename",
        "forenames",
        "enw",
        "henw",
        "fenw",
        "cyfenw",
        "enwau",
    ]) || contains(&["名称", "姓名", "名字"]);
    if names && !has(NOT_A_PERSON) && !has(CONSENT_WORDS) {
        return Some(Personal::Name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn short() -> Profile {
        Profile::of_values(["Sam", "Alex Jones", "Nia"].into_iter())
    }

    #[test]
    fn personal_columns_are_known_however_worded() {
        for (header, kind) in [
            ("Your name (optional)", Personal::Name),
            ("First name", Personal::Name),
            ("Last name", Personal::Name),
            ("Employee Name", Personal::StaffNumber),
            ("Enw", Personal::Name),
            ("Eich enw", Personal::Name),
            ("名称", Personal::Name),
            ("电子邮件", Personal::Email),
            ("Email for updates", Personal::Email),
            ("Cyfeiriad e-bost", Personal::Email),
            ("Pers No.", Personal::StaffNumber),
            ("Rhif staff", Personal::StaffNumber),
            ("Mobile No.", Personal::Phone),
            ("Rhif ffôn", Personal::Phone),
            ("Postcode", Personal::Postcode),
            ("Cod post", Personal::Postcode),
            ("IPAddress", Personal::IpAddress),
            ("LocationLatitude", Personal::Location),
            ("Location Longitude", Personal::Location),
            ("RecipientLastName", Personal::Name),
            ("RecipientEmail", Personal::Email),
        ] {
            assert_eq!(personal(header, &short()), Some(kind), "{header}");
        }
    }

    #[test]
    fn questions_that_mention_a_name_and_other_columns_are_not_personal() {
        let sentences = Profile::of_values(
            [
                "The team at the hub, they always listen",
                "Anyone who takes time to explain things",
                "My support worker helped me fill in forms",
            ]
            .into_iter(),
        );
        let question =
            "Can you name one person or service that made a real difference to you and why?";
        assert_eq!(personal(question, &sentences), None);
        assert_eq!(personal("Name of your organisation", &short()), None);
        assert_eq!(personal("Staff notes", &sentences), None);
        assert_eq!(personal("May we quote your name?", &short()), None);
        assert_eq!(
            personal("What would make this service better?", &sentences),
            None
        );
        // Answers alone: a column of e-mail addresses is personal whatever it is called.
        let emails = Profile::of_values(["a@b.cymru", "c@d.org"].into_iter());
        assert_eq!(personal("Q7", &emails), Some(Personal::Email));
    }
}
