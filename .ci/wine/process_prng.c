/* For the Wine test run only, never shipped: Wine 8 (Debian 12) has no ProcessPrng in
 * bcryptprimitives.dll, which Rust's standard library calls at start on Windows. This stands
 * in for it with RtlGenRandom (exported as SystemFunction036), which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
