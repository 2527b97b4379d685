//
// nanoCLR handlers of Router.Enco.EncoNative's symmetric externs (src/Router.Enco/
// EncoNative.Symmetric.cs), in the shape of Router_Enco_Router_Enco_EncoNative.cpp: read the
// arguments, check every (byte[], offset, count) triple against its array's real length
// (enco_segment_resolve), call enco_symmetric.h, return the ENCO status as the method's int.
//

#include <stddef.h>
#include <stdint.h>

#include "Router_Enco.h"
#include "Router_Enco_Segment.h"

#include "enco.h"
#include "enco_segment.h"

// int HmacContextSize(int hash)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HmacContextSize___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_hmac_context_size(stack.Arg0().NumericByRef().s4));

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int Hmac(int hash, byte[] key, int keyOffset, int keyCount,
//          byte[] input, int inputOffset, int inputCount, byte[] mac, int macOffset, int macCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::Hmac___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment key, input, mac;
    int32_t status = EncoArgumentSegment(stack, 1, key);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, input);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 7, mac);
    }

    if (status == ENCO_OK)
    {
        status = enco_hmac(stack.ArgN(0).NumericByRef().s4, key.data, key.count, input.data, input.count, mac.data,
                           mac.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HmacInit(int hash, byte[] key, int keyOffset, int keyCount,
//              byte[] context, int contextOffset, int contextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HmacInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment key, context;
    int32_t status = EncoArgumentSegment(stack, 1, key);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, context);
    }

    if (status == ENCO_OK)
    {
        status = enco_hmac_init(stack.ArgN(0).NumericByRef().s4, key.data, key.count, context.data, context.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HmacUpdate(byte[] context, int contextOffset, int contextCount,
//                byte[] input, int inputOffset, int inputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HmacUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment context, input;
    int32_t status = EncoArgumentSegment(stack, 0, context);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 3, input);
    }

    if (status == ENCO_OK)
    {
        status = enco_hmac_update(context.data, context.count, input.data, input.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HmacFinal(byte[] context, int contextOffset, int contextCount, byte[] mac, int macOffset, int macCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HmacFinal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment context, mac;
    int32_t status = EncoArgumentSegment(stack, 0, context);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 3, mac);
    }

    if (status == ENCO_OK)
    {
        status = enco_hmac_final(context.data, context.count, mac.data, mac.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HmacFree(byte[] context, int contextOffset, int contextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HmacFree___STATIC__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment context;
    int32_t status = EncoArgumentSegment(stack, 0, context);

    if (status == ENCO_OK)
    {
        status = enco_hmac_free(context.data, context.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HkdfExtract(int hash, byte[] salt, int saltOffset, int saltCount,
//                 byte[] ikm, int ikmOffset, int ikmCount, byte[] prk, int prkOffset, int prkCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HkdfExtract___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment salt, ikm, prk;
    int32_t status = EncoArgumentSegment(stack, 1, salt);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, ikm);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 7, prk);
    }

    if (status == ENCO_OK)
    {
        status = enco_hkdf_extract(stack.ArgN(0).NumericByRef().s4, salt.data, salt.count, ikm.data, ikm.count,
                                   prk.data, prk.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int HkdfExpand(int hash, byte[] prk, int prkOffset, int prkCount,
//                byte[] info, int infoOffset, int infoCount, byte[] okm, int okmOffset, int okmCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::HkdfExpand___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment prk, info, okm;
    int32_t status = EncoArgumentSegment(stack, 1, prk);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, info);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 7, okm);
    }

    if (status == ENCO_OK)
    {
        status = enco_hkdf_expand(stack.ArgN(0).NumericByRef().s4, prk.data, prk.count, info.data, info.count,
                                  okm.data, okm.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int Tls12Prf(int hash, byte[] secret, int secretOffset, int secretCount,
//              byte[] label, int labelOffset, int labelCount, byte[] seed, int seedOffset, int seedCount,
//              byte[] output, int outputOffset, int outputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::Tls12Prf___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment secret, label, seed, output;
    int32_t status = EncoArgumentSegment(stack, 1, secret);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, label);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 7, seed);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 10, output);
    }

    if (status == ENCO_OK)
    {
        status = enco_tls12_prf(stack.ArgN(0).NumericByRef().s4, secret.data, secret.count, label.data, label.count,
                                seed.data, seed.count, output.data, output.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int CipherContextSize(int algorithm)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::CipherContextSize___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_cipher_context_size(stack.Arg0().NumericByRef().s4));

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int CipherInit(int algorithm, byte[] key, int keyOffset, int keyCount,
//                byte[] context, int contextOffset, int contextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::CipherInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment key, context;
    int32_t status = EncoArgumentSegment(stack, 1, key);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, context);
    }

    if (status == ENCO_OK)
    {
        status = enco_cipher_init(stack.ArgN(0).NumericByRef().s4, key.data, key.count, context.data, context.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int CipherCrypt(byte[] context, int contextOffset, int contextCount,
//                 int mode, int direction, byte[] iv, int ivOffset, int ivCount,
//                 byte[] input, int inputOffset, int inputCount,
//                 byte[] output, int outputOffset, int outputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::CipherCrypt___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment context, iv, input, output;
    int32_t status = EncoArgumentSegment(stack, 0, context);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 5, iv);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 8, input);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 11, output);
    }

    if (status == ENCO_OK)
    {
        status = enco_cipher_crypt(context.data, context.count, stack.ArgN(3).NumericByRef().s4,
                                   stack.ArgN(4).NumericByRef().s4, iv.data, iv.count, input.data, input.count,
                                   output.data, output.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int CipherFree(byte[] context, int contextOffset, int contextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::CipherFree___STATIC__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment context;
    int32_t status = EncoArgumentSegment(stack, 0, context);

    if (status == ENCO_OK)
    {
        status = enco_cipher_free(context.data, context.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int AeadContextSize(int algorithm)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::AeadContextSize___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_aead_context_size(stack.Arg0().NumericByRef().s4));

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int AeadInit(int algorithm, byte[] key, int keyOffset, int keyCount,
//              byte[] context, int contextOffset, int contextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::AeadInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment key, context;
    int32_t status = EncoArgumentSegment(stack, 1, key);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, context);
    }

    if (status == ENCO_OK)
    {
        status = enco_aead_init(stack.ArgN(0).NumericByRef().s4, key.data, key.count, context.data, context.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int AeadSeal(byte[] context, int contextOffset, int contextCount,
//              byte[] nonce, int nonceOffset, int nonceCount, byte[] aad, int aadOffset, int aadCount,
//              byte[] input, int inputOffset, int inputCount,
//              byte[] output, int outputOffset, int outputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::AeadSeal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment context, nonce, aad, input, output;
    int32_t status = EncoArgumentSegment(stack, 0, context);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 3, nonce);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 6, aad);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 9, input);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 12, output);
    }

    if (status == ENCO_OK)
    {
        status = enco_aead_seal(context.data, context.count, nonce.data, nonce.count, aad.data, aad.count,
                                input.data, input.count, output.data, output.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int AeadOpen(byte[] context, int contextOffset, int contextCount,
//              byte[] nonce, int nonceOffset, int nonceCount, byte[] aad, int aadOffset, int aadCount,
//              byte[] input, int inputOffset, int inputCount,
//              byte[] output, int outputOffset, int outputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::AeadOpen___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment context, nonce, aad, input, output;
    int32_t status = EncoArgumentSegment(stack, 0, context);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 3, nonce);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 6, aad);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 9, input);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 12, output);
    }

    if (status == ENCO_OK)
    {
        status = enco_aead_open(context.data, context.count, nonce.data, nonce.count, aad.data, aad.count,
                                input.data, input.count, output.data, output.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int AeadFree(byte[] context, int contextOffset, int contextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::AeadFree___STATIC__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment context;
    int32_t status = EncoArgumentSegment(stack, 0, context);

    if (status == ENCO_OK)
    {
        status = enco_aead_free(context.data, context.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int AeadPreference(int rank)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::AeadPreference___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_aead_preference(stack.Arg0().NumericByRef().s4));

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int RandomFill(byte[] output, int outputOffset, int outputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::RandomFill___STATIC__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment output;
    int32_t status = EncoArgumentSegment(stack, 0, output);

    if (status == ENCO_OK)
    {
        status = enco_random(output.data, output.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int RandomReseed(byte[] additional, int additionalOffset, int additionalCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::RandomReseed___STATIC__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment additional;
    int32_t status = EncoArgumentSegment(stack, 0, additional);

    if (status == ENCO_OK)
    {
        status = enco_random_reseed(additional.data, additional.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int DeflateWorkspaceSize(int operation)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::DeflateWorkspaceSize___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_deflate_workspace_size(stack.Arg0().NumericByRef().s4));

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int Deflate(int level, byte[] input, int inputOffset, int inputCount,
//             byte[] output, int outputOffset, int outputCount,
//             byte[] workspace, int workspaceOffset, int workspaceCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::Deflate___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment input, output, workspace;
    int32_t status = EncoArgumentSegment(stack, 1, input);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, output);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 7, workspace);
    }

    if (status == ENCO_OK)
    {
        status = enco_deflate(stack.ArgN(0).NumericByRef().s4, input.data, input.count, output.data, output.count,
                              workspace.data, workspace.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int Inflate(byte[] input, int inputOffset, int inputCount,
//             byte[] output, int outputOffset, int outputCount,
//             byte[] workspace, int workspaceOffset, int workspaceCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::Inflate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment input, output, workspace;
    int32_t status = EncoArgumentSegment(stack, 0, input);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 3, output);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 6, workspace);
    }

    if (status == ENCO_OK)
    {
        status = enco_inflate(input.data, input.count, output.data, output.count, workspace.data, workspace.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}
