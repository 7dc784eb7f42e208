package dev.sequelizeddl.js;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hashes for the guest's {@code crypto.createHash} / {@code createHmac} (js-shim/node/crypto.js), hex in and out. */
final class Digests {
    private static final Map<String, String> NAMES = Map.of(
            "md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224", "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");
    /** Bigger inputs are no model's business (and would only cost memory). */
    private static final int MAX_HEX_CHARS = 64 * 1024 * 1024;

    private Digests() {
    }

    /**
     * @param algorithm Node's name (md5, sha1, sha224, sha256, sha384, sha512)
     * @param dataHex   the bytes to hash, as hex
     * @param keyHex    an HMAC key as hex, or null for a plain digest
     * @return the digest as lower-case hex
     * @throws IllegalArgumentException for an unknown algorithm or bad hex
     */
    static String hex(String algorithm, String dataHex, String keyHex) {
        String name = NAMES.get(algorithm.toLowerCase(Locale.ROOT));
        if (name == null) {
            throw new IllegalArgumentException("Digest method not supported: " + algorithm);
        }
        if (dataHex.length() > MAX_HEX_CHARS || (keyHex != null && keyHex.length() > MAX_HEX_CHARS)) {
            throw new IllegalArgumentException("crypto: input too large");
        }
        byte[] data = HexFormat.of().parseHex(dataHex);
        try {
            if (keyHex == null) {
                return HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(data));
            }
            String mac = "Hmac" + name.replace("-", "");
            Mac m = Mac.getInstance(mac);
            byte[] key = HexFormat.of().parseHex(keyHex);
            // An empty HMAC key is legal in Node; SecretKeySpec refuses it, a single zero byte is equivalent.
            m.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, mac));
            return HexFormat.of().formatHex(m.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("crypto: " + e.getMessage(), e);
        }
    }
}
