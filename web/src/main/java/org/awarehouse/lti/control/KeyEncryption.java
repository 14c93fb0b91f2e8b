package org.awarehouse.lti.control;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import java.text.ParseException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private keys at rest as compact JWE (RFC 7516) with direct AES-256-GCM under the
 * key-encryption key. A database dump alone never yields a signing key.
 */
public final class KeyEncryption {
  private final SecretKey key;

  public KeyEncryption(byte[] keyEncryptionKey) {
    if (keyEncryptionKey.length != 32) {
      throw new IllegalArgumentException("The key-encryption key must be 32 bytes (256 bits)");
    }
    this.key = new SecretKeySpec(keyEncryptionKey, "AES");
  }

  public String encrypt(String plaintext) {
    try {
      JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), new Payload(plaintext));
      jwe.encrypt(new DirectEncrypter(key));
      return jwe.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot encrypt a tool key", e);
    }
  }

  public String decrypt(String compactJwe) {
    try {
      JWEObject jwe = JWEObject.parse(compactJwe);
      jwe.decrypt(new DirectDecrypter(key));
      return jwe.getPayload().toString();
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException(
          "Cannot decrypt a tool key: is AWAREHOUSE_KEY_ENCRYPTION_KEY the one the keys were made with?", e);
    }
  }
}
