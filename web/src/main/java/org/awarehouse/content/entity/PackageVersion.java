package org.awarehouse.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.platform.control.StringListJsonConverter;
import org.awarehouse.platform.control.StringMapJsonConverter;

/**
 * One upload of a package. A draft can be previewed by authors, a published version is what
 * links launch, a retired one launches no new attempts but keeps its files for the attempts and
 * reports that name it.
 */
@Entity
@Table(name = "package_version")
public class PackageVersion {

  public enum Status { DRAFT, PUBLISHED, RETIRED }

  @Id private UUID id;

  @Column(name = "package_id", nullable = false)
  private UUID packageId;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(nullable = false, length = 20)
  private String standard;

  @Column(name = "content_key", nullable = false, length = 32)
  private String contentKey;

  @Convert(converter = StringMapJsonConverter.class)
  @Column(nullable = false)
  private Map<String, String> titles;

  @Convert(converter = StringMapJsonConverter.class)
  @Column(nullable = false)
  private Map<String, String> descriptions;

  @Convert(converter = StringListJsonConverter.class)
  @Column(nullable = false)
  private List<String> languages;

  @Column(name = "duration_minutes")
  private Integer durationMinutes;

  @Convert(converter = StringListJsonConverter.class)
  @Column(nullable = false)
  private List<String> audience;

  @Convert(converter = StringListJsonConverter.class)
  @Column(nullable = false)
  private List<String> regulations;

  /** Units and table of contents as JSON; see {@code PackageStructure}. */
  @Column(nullable = false, columnDefinition = "json")
  private String structure;

  @Column(name = "upload_sha256", nullable = false, length = 64)
  private String uploadSha256;

  @Column(name = "upload_bytes", nullable = false)
  private long uploadBytes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected PackageVersion() {}

  /** A new draft; its descriptive fields come from the manifest. */
  public PackageVersion(UUID packageId, int number, String standard, String contentKey, Description description,
      String structure, String uploadSha256, long uploadBytes, Instant now) {
    this.id = UUID.randomUUID();
    this.packageId = packageId;
    this.number = number;
    this.status = Status.DRAFT;
    this.standard = standard;
    this.contentKey = contentKey;
    describe(description);
    this.structure = structure;
    this.uploadSha256 = uploadSha256;
    this.uploadBytes = uploadBytes;
    this.createdAt = now;
  }

  /** What authors may change on a version after upload: its catalogue description. */
  public record Description(Map<String, String> titles, Map<String, String> descriptions, List<String> languages,
      Integer durationMinutes, List<String> audience, List<String> regulations) {}

  public void describe(Description d) {
    this.titles = d.titles();
    this.descriptions = d.descriptions();
    this.languages = d.languages();
    this.durationMinutes = d.durationMinutes();
    this.audience = d.audience();
    this.regulations = d.regulations();
  }

  public void publish(Instant now) {
    status = Status.PUBLISHED;
    publishedAt = now;
    retiredAt = null;
  }

  public void retire(Instant now) {
    status = Status.RETIRED;
    retiredAt = now;
  }

  public UUID id() { return id; }
  public UUID packageId() { return packageId; }
  public int number() { return number; }
  public Status status() { return status; }
  public String standard() { return standard; }
  public String contentKey() { return contentKey; }
  public Map<String, String> titles() { return titles; }
  public Map<String, String> descriptions() { return descriptions; }
  public List<String> languages() { return languages; }
  public Integer durationMinutes() { return durationMinutes; }
  public List<String> audience() { return audience; }
  public List<String> regulations() { return regulations; }
  public String structure() { return structure; }
  public String uploadSha256() { return uploadSha256; }
  public long uploadBytes() { return uploadBytes; }
  public Instant createdAt() { return createdAt; }
  public Instant publishedAt() { return publishedAt; }
  public Instant retiredAt() { return retiredAt; }
  public Description description() {
    return new Description(titles, descriptions, languages, durationMinutes, audience, regulations);
  }
}
