/*
 * A stand-in bcryptprimitives.dll for testing svcat.exe under Wine, never shipped.
 *
 * Rust's standard library (1.78 and later) takes its random bytes (HashMap seeds) from
 * ProcessPrng in bcryptprimitives.dll, which Windows 10 and later have. Debian 12's Wine 8 has
 * no such DLL, so the program does not start there. This one exports ProcessPrng and answers it
 * with advapi32's RtlGenRandom (exported as SystemFunction036), which Wine has. Put beside the
 * exe by scripts/test-windows.sh, only when Wine cannot start the exe without it.
 *
 * Built with: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *             bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom; declared here rather than through ntsecapi.h, which spells it as a macro. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* ProcessPrng takes a SIZE_T length, RtlGenRandom a ULONG one: fill in pieces that fit. */
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG piece = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
