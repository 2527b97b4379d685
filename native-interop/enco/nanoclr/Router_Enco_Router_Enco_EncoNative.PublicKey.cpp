//
// nanoCLR handlers of Router.Enco.EncoNative's public-key externs (src/Router.Enco/
// EncoNative.PublicKey.cs), in the shape of Router_Enco_Router_Enco_EncoNative.cpp: read the
// arguments, check every (byte[], offset, count) triple against its array's real length
// (enco_segment_resolve), call enco_pk.h, return its status or byte count as the method's int.
//

#include <stddef.h>
#include <stdint.h>

#include "Router_Enco.h"
#include "Router_Enco_Segment.h"

#include "enco.h"
#include "enco_segment.h"

namespace
{

int32_t Int(CLR_RT_StackFrame &stack, int index)
{
    return stack.ArgN(index).NumericByRef().s4;
}

} // namespace

// int KeyBlobSize(int type, int parameter)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::KeyBlobSize___STATIC__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(enco_key_blob_size(Int(stack, 0), Int(stack, 1)));

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int KeyGenerate(int type, int parameter, byte[] blob, int blobOffset, int blobCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::KeyGenerate___STATIC__I4__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment blob;
    int32_t status = EncoArgumentSegment(stack, 2, blob);

    if (status == ENCO_OK)
    {
        status = enco_key_generate(Int(stack, 0), Int(stack, 1), blob.data, blob.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int KeyImport(int type, int parameter, int format, byte[] input, int inputOffset, int inputCount,
//     byte[] blob, int blobOffset, int blobCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::KeyImport___STATIC__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment input, blob;
    int32_t status = EncoArgumentSegment(stack, 3, input);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 6, blob);
    }

    if (status == ENCO_OK)
    {
        status = enco_key_import(Int(stack, 0), Int(stack, 1), Int(stack, 2), input.data, input.count,
                         blob.data, blob.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int KeyCheck(byte[] blob, int blobOffset, int blobCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::KeyCheck___STATIC__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment blob;
    int32_t status = EncoArgumentSegment(stack, 0, blob);

    if (status == ENCO_OK)
    {
        status = enco_key_check(blob.data, blob.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int KeyExport(byte[] blob, int blobOffset, int blobCount, int format, byte[] output, int
//     outputOffset, int outputCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::KeyExport___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment blob, output;
    int32_t status = EncoArgumentSegment(stack, 0, blob);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, output);
    }

    if (status == ENCO_OK)
    {
        status = enco_key_export(blob.data, blob.count, Int(stack, 3), output.data, output.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int RsaSign(byte[] blob, int blobOffset, int blobCount, int padding, int hash, byte[] digest, int
//     digestOffset, int digestCount, byte[] signature, int signatureOffset, int signatureCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::RsaSign___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment blob, digest, signature;
    int32_t status = EncoArgumentSegment(stack, 0, blob);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 5, digest);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 8, signature);
    }

    if (status == ENCO_OK)
    {
        status = enco_rsa_sign(blob.data, blob.count, Int(stack, 3), Int(stack, 4), digest.data, digest.count,
                         signature.data, signature.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int RsaVerify(byte[] publicKey, int publicKeyOffset, int publicKeyCount, int format, int padding,
//     int hash, byte[] digest, int digestOffset, int digestCount, byte[] signature, int
//     signatureOffset, int signatureCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::RsaVerify___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment publicKey, digest, signature;
    int32_t status = EncoArgumentSegment(stack, 0, publicKey);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 6, digest);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 9, signature);
    }

    if (status == ENCO_OK)
    {
        status = enco_rsa_verify(publicKey.data, publicKey.count, Int(stack, 3), Int(stack, 4), Int(stack, 5),
                         digest.data, digest.count, signature.data, signature.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int RsaEncrypt(byte[] publicKey, int publicKeyOffset, int publicKeyCount, int format, byte[]
//     message, int messageOffset, int messageCount, byte[] ciphertext, int ciphertextOffset, int
//     ciphertextCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::RsaEncrypt___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment publicKey, message, ciphertext;
    int32_t status = EncoArgumentSegment(stack, 0, publicKey);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, message);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 7, ciphertext);
    }

    if (status == ENCO_OK)
    {
        status = enco_rsa_encrypt(publicKey.data, publicKey.count, Int(stack, 3), message.data, message.count,
                         ciphertext.data, ciphertext.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int RsaDecrypt(byte[] blob, int blobOffset, int blobCount, byte[] ciphertext, int ciphertextOffset,
//     int ciphertextCount, byte[] message, int messageOffset, int messageCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::RsaDecrypt___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment blob, ciphertext, message;
    int32_t status = EncoArgumentSegment(stack, 0, blob);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 3, ciphertext);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 6, message);
    }

    if (status == ENCO_OK)
    {
        status = enco_rsa_decrypt(blob.data, blob.count, ciphertext.data, ciphertext.count, message.data,
                         message.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int RsaDecryptImplicit(byte[] blob, int blobOffset, int blobCount, byte[] ciphertext, int
//     ciphertextOffset, int ciphertextCount, byte[] message, int messageOffset, int messageCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::RsaDecryptImplicit___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment blob, ciphertext, message;
    int32_t status = EncoArgumentSegment(stack, 0, blob);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 3, ciphertext);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 6, message);
    }

    if (status == ENCO_OK)
    {
        status = enco_rsa_decrypt_implicit(blob.data, blob.count, ciphertext.data, ciphertext.count,
                         message.data, message.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int EcdsaSign(byte[] blob, int blobOffset, int blobCount, int hash, byte[] digest, int digestOffset,
//     int digestCount, int signatureFormat, byte[] signature, int signatureOffset, int signatureCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::EcdsaSign___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment blob, digest, signature;
    int32_t status = EncoArgumentSegment(stack, 0, blob);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, digest);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 8, signature);
    }

    if (status == ENCO_OK)
    {
        status = enco_ecdsa_sign(blob.data, blob.count, Int(stack, 3), digest.data, digest.count, Int(stack, 7),
                         signature.data, signature.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int EcdsaVerify(int type, byte[] publicKey, int publicKeyOffset, int publicKeyCount, int format,
//     byte[] digest, int digestOffset, int digestCount, int signatureFormat, byte[] signature, int
//     signatureOffset, int signatureCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::EcdsaVerify___STATIC__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment publicKey, digest, signature;
    int32_t status = EncoArgumentSegment(stack, 1, publicKey);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 5, digest);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 9, signature);
    }

    if (status == ENCO_OK)
    {
        status = enco_ecdsa_verify(Int(stack, 0), publicKey.data, publicKey.count, Int(stack, 4), digest.data,
                         digest.count, Int(stack, 8), signature.data, signature.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// int KeyAgree(byte[] blob, int blobOffset, int blobCount, int peerFormat, byte[] peer, int
//     peerOffset, int peerCount, byte[] secret, int secretOffset, int secretCount)
HRESULT Library_Router_Enco_Router_Enco_EncoNative::KeyAgree___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    EncoSegment blob, peer, secret;
    int32_t status = EncoArgumentSegment(stack, 0, blob);

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 4, peer);
    }

    if (status == ENCO_OK)
    {
        status = EncoArgumentSegment(stack, 7, secret);
    }

    if (status == ENCO_OK)
    {
        status = enco_key_agree(blob.data, blob.count, Int(stack, 3), peer.data, peer.count, secret.data,
                         secret.count);
    }

    stack.SetResult_I4(status);

    NANOCLR_NOCLEANUP_NOLABEL();
}
