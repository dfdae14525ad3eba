#pragma once

#include <string>

namespace insyn {

/// An Ed25519 signature (64 raw bytes) of `message` with the private key in `key_pem` (PEM, as
/// `openssl genpkey -algorithm ed25519` writes it), or "" with `error` set when the key is unusable.
/// Ed25519 is deterministic: the same key and message give the same bytes.
std::string ed25519_sign(const std::string& key_pem, const std::string& message, std::string& error);

/// True when `signature` is a valid Ed25519 signature of `message` by the public key in `public_pem`
/// (PEM, `openssl pkey -pubout`); otherwise false with `error` saying why.
bool ed25519_verify(const std::string& public_pem, const std::string& message, const std::string& signature,
                    std::string& error);

}  // namespace insyn
