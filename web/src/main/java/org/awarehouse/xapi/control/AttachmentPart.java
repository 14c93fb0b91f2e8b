package org.awarehouse.xapi.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The raw data of one attachment as a request carried it (xAPI Communication §1.5.2.s2.b2.b2),
 * named by the SHA-2 of its octets in lower-case hex. The array is not copied: a part is made
 * once per request and only read afterwards.
 */
public record AttachmentPart(String sha2, String contentType, byte[] content) {
  /** Data §2.4.11.s2.table1.row6: SHA-224, -256, -384 or -512, told apart by length. */
  private static final Map<Integer, String> DIGESTS =
      Map.of(56, "SHA-224", 64, "SHA-256", 96, "SHA-384", 128, "SHA-512");

  private static final HexFormat HEX = HexFormat.of();

  /**
   * A part whose declared hash is checked against its octets: Communication §1.5.2.s1.b4 matches
   * data to attachment headers only "by comparing the SHA-2 of the raw data to the SHA-2 declared
   * in the header", which is only sound when the declared hash is the data's.
   *
   * @param number the part's position in the body, the statements being part 1
   * @param declared the X-Experience-API-Hash header, which §1.5.2.s2.b2.b3 requires
   */
  public static AttachmentPart received(int number, String declared, String contentType, byte[] content) {
    if (declared == null) {
      throw new MalformedMultipartException("Part " + number + " has no X-Experience-API-Hash header "
          + "(Communication §1.5.2.s2.b2.b3).");
    }
    String hash = declared.toLowerCase(Locale.ROOT);
    String algorithm = DIGESTS.get(hash.length());
    if (algorithm == null || !hash.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new MalformedMultipartException("Part " + number + " has an X-Experience-API-Hash that is not a "
          + "hex SHA-224, SHA-256, SHA-384 or SHA-512 hash.");
    }
    if (!MessageDigest.isEqual(HEX.parseHex(hash), digest(algorithm).digest(content))) {
      throw new MalformedMultipartException("Part " + number + " is not the data its X-Experience-API-Hash "
          + "names: its " + algorithm + " differs.");
    }
    return new AttachmentPart(hash, contentType, content);
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has " + algorithm, e);
    }
  }
}
