package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the key-encryption key comes from: AWAREHOUSE_KEY_ENCRYPTION_KEY (base64 of 32 bytes) in
 * production. Without it, a key file in the data directory, made once with owner-only access, so
 * that a development server needs no setup; every node must then share that volume.
 */
@ApplicationScoped
public class KeyEncryptionKeySource {
  private static final Logger LOG = Logger.getLogger(KeyEncryptionKeySource.class.getName());

  @Inject
  @ConfigProperty(name = "awarehouse.key-encryption-key")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "awarehouse.data-dir")
  String dataDir;

  private volatile KeyEncryption encryption;

  public KeyEncryption encryption() {
    if (encryption == null) {
      encryption = new KeyEncryption(load());
    }
    return encryption;
  }

  /**
   * A key for one purpose, derived from the key-encryption key (HMAC-SHA256 with the purpose as
   * label, as HKDF-Expand does for one block), so every node derives the same key and no key
   * serves two purposes.
   */
  public byte[] derive(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(load(), "HmacSHA256"));
      return mac.doFinal(("awarehouse:" + purpose).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private byte[] load() {
    Optional<String> value = configured.map(String::strip).filter(s -> !s.isEmpty());
    if (value.isPresent()) {
      try {
        return Base64.getDecoder().decode(value.get());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("AWAREHOUSE_KEY_ENCRYPTION_KEY is not base64", e);
      }
    }
    Path file = Path.of(dataDir).toAbsolutePath().resolve("secrets").resolve("key-encryption-key");
    try {
      if (Files.notExists(file)) {
        create(file);
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the key-encryption key at " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
      LOG.warning("AWAREHOUSE_KEY_ENCRYPTION_KEY is not set: made a key-encryption key in " + file
          + "; set the variable in production");
    } catch (FileAlreadyExistsException raced) {
      // another node made it first; use theirs
    }
  }
}
