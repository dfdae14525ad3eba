// The OpenSSL adapter: the only file that includes OpenSSL headers (SHA-256 and Ed25519).
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>

#include <memory>

#include "core/sha256.h"
#include "core/signature.h"

namespace insyn {

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * SHA256_DIGEST_LENGTH);
  for (unsigned char byte : digest) {
    out += hex[byte >> 4];
    out += hex[byte & 15];
  }
  return out;
}

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

// Reads a PEM key of type Ed25519; null when the text holds none.
Key read_key(const std::string& pem, bool is_public) {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())),
                                                &BIO_free);
  if (!bio) return Key(nullptr, &EVP_PKEY_free);
  EVP_PKEY* key = is_public ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)
                            : PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
  ERR_clear_error();  // a failed read leaves its reasons queued; the caller reports its own message
  if (key && EVP_PKEY_id(key) != EVP_PKEY_ED25519) {
    EVP_PKEY_free(key);
    key = nullptr;
  }
  return Key(key, &EVP_PKEY_free);
}

}  // namespace

std::string ed25519_sign(const std::string& key_pem, const std::string& message, std::string& error) {
  Key key = read_key(key_pem, false);
  if (!key) {
    error = "not an Ed25519 private key in PEM form (make one with `openssl genpkey -algorithm ed25519`)";
    return "";
  }
  Context ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  std::string signature(64, '\0');
  size_t length = signature.size();
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
      EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                     reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1) {
    error = "signing failed";
    return "";
  }
  signature.resize(length);
  return signature;
}

bool ed25519_verify(const std::string& public_pem, const std::string& message, const std::string& signature,
                    std::string& error) {
  Key key = read_key(public_pem, true);
  if (!key) {
    error = "not an Ed25519 public key in PEM form (make one with `openssl pkey -in key.pem -pubout`)";
    return false;
  }
  Context ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
      EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                       reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1) {
    ERR_clear_error();
    error = "the signature does not match the tag manifest and this public key";
    return false;
  }
  return true;
}

}  // namespace insyn
