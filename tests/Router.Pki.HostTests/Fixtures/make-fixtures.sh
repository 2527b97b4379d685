#!/usr/bin/env bash
# Generates the certificates, CRLs and keys that Router.Pki.HostTests reads, with the OpenSSL
# command line, into the directory given as $1. Every certificate is issued by `openssl ca`, so
# validity dates are explicit and the tests validate them at a fixed time (2030-06-01).
#
#   root-rsa (RSA-2048, pathlen absent) -> int-rsa (RSA-2048, CA) -> leaf (P-256, SANs)
#   leaf-expired, leaf-future, leaf-critical (unknown critical extension), leaf-other-ca,
#   root-pl0 (pathlen:0) -> int-pl0 -> leaf-pl0 (path length exceeded),
#   crl-int (int-rsa's CRL of 2025-2035 revoking leaf-revoked), self-signed RSA-2048/4096, P-256, P-384
#   (valid for ten years from now).
set -euo pipefail
out="$1"
mkdir -p "$out"
cd "$out"

cat > ca.cnf <<'CNF'
[ ca ]
default_ca = ca_default
[ ca_default ]
dir = ./$ENV::CA
database = $dir/index.txt
new_certs_dir = $dir/new
serial = $dir/serial
crlnumber = $dir/crlnumber
default_md = sha256
default_crl_days = 30
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no
[ policy_any ]
countryName = optional
organizationName = optional
organizationalUnitName = optional
commonName = optional
[ root ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ root_pl0 ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ intermediate ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:vpn.example.com, DNS:*.lab.example.com, IP:10.20.210.1, IP:2001:db8::1, email:admin@example.com, URI:https://vpn.example.com/
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ leaf_critical ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectAltName = DNS:critical.example.com
1.3.6.1.4.1.55555.1 = critical, ASN1:UTF8String:must understand
authorityKeyIdentifier = keyid:always
CNF

make_ca_dir() {
  mkdir -p "$1/new"
  : > "$1/index.txt"
  echo 1000 > "$1/serial"
  echo 01 > "$1/crlnumber"
}

# issue CA-DIR ISSUER-CERT ISSUER-KEY CSR OUT START END SECTION
issue() {
  CA="$1" openssl ca -batch -config ca.cnf -notext -cert "$2" -keyfile "$3" -in "$4" -out "$5" \
    -startdate "$6" -enddate "$7" -extensions "$8" 2> "$5.log"
}

# self_root NAME KEY SUBJECT SECTION
self_root() {
  openssl req -new -key "$2" -subj "$3" -out "$1.csr" 2> /dev/null
  make_ca_dir "$1.ca"
  CA="$1.ca" openssl ca -batch -config ca.cnf -notext -selfsign -keyfile "$2" -in "$1.csr" -out "$1.pem" \
    -startdate 20200101000000Z -enddate 20400101000000Z -extensions "$4" 2> "$1.log"
}

csr() {
  openssl req -new -key "$2" -subj "$3" -out "$1.csr" 2> /dev/null
}

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out root.key 2> /dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out int.key 2> /dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out leaf.key 2> /dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out other.key 2> /dev/null

self_root root root.key "/C=FI/O=Company-ABC/CN=Company ABC class 2" root
make_ca_dir int.ca
csr int int.key "/C=FI/O=Company-ABC/CN=Company ABC issuing CA"
issue root.ca root.pem root.key int.csr int.pem 20200101000000Z 20350101000000Z intermediate

csr leaf leaf.key "/C=us/O=x/CN=vpn.example.com"
issue int.ca int.pem int.key leaf.csr leaf.pem 20250101000000Z 20330101000000Z leaf
issue int.ca int.pem int.key leaf.csr leaf-expired.pem 20200101000000Z 20210101000000Z leaf
issue int.ca int.pem int.key leaf.csr leaf-future.pem 20320101000000Z 20340101000000Z leaf
issue int.ca int.pem int.key leaf.csr leaf-critical.pem 20250101000000Z 20330101000000Z leaf_critical
issue int.ca int.pem int.key leaf.csr leaf-revoked.pem 20250101000000Z 20330101000000Z leaf

# A CA nobody trusts, with the same names as the trusted ones.
self_root other other.key "/C=FI/O=Company-ABC/CN=Company ABC class 2" root
make_ca_dir other-int.ca
csr other-int other.key "/C=FI/O=Company-ABC/CN=Company ABC issuing CA"
issue other.ca other.pem other.key other-int.csr other-int.pem 20200101000000Z 20350101000000Z intermediate
issue other-int.ca other-int.pem other.key leaf.csr leaf-other-ca.pem 20250101000000Z 20330101000000Z leaf

# pathlen:0 on the root, yet an intermediate below it.
self_root root-pl0 root.key "/C=FI/O=Company-ABC/CN=Path length zero root" root_pl0
make_ca_dir int-pl0.ca
csr int-pl0 int.key "/C=FI/O=Company-ABC/CN=Path length zero intermediate"
issue root-pl0.ca root-pl0.pem root.key int-pl0.csr int-pl0.pem 20200101000000Z 20350101000000Z intermediate
issue int-pl0.ca int-pl0.pem int.key leaf.csr leaf-pl0.pem 20250101000000Z 20330101000000Z leaf

# The intermediate's CRL, revoking leaf-revoked.
CA=int.ca openssl ca -config ca.cnf -revoke leaf-revoked.pem -crl_reason keyCompromise -cert int.pem -keyfile int.key 2> revoke.log
CA=int.ca openssl ca -config ca.cnf -gencrl -cert int.pem -keyfile int.key \
  -crl_lastupdate 20250101000000Z -crl_nextupdate 20350101000000Z -out crl-int.pem 2> crl.log
openssl crl -in crl-int.pem -outform DER -out crl-int.der

# Self-signed certificates of every key type we parse.
for spec in "rsa2048 RSA rsa_keygen_bits:2048" "rsa4096 RSA rsa_keygen_bits:4096" \
            "p256 EC ec_paramgen_curve:P-256" "p384 EC ec_paramgen_curve:P-384"; do
  set -- $spec
  openssl genpkey -algorithm "$2" -pkeyopt "$3" -out "self-$1.key" 2> /dev/null
  openssl req -x509 -new -key "self-$1.key" -subj "/C=us/O=my_company/CN=self-$1.example.com" -days 3650 \
    -addext "subjectAltName=DNS:self-$1.example.com" -out "self-$1.pem" 2> /dev/null
done

for pem in *.pem; do
  case "$pem" in crl-*) continue ;; esac
  openssl x509 -in "$pem" -outform DER -out "${pem%.pem}.der"
done
echo done > complete
