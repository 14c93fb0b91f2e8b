package org.awarehouse.content.control.importing;

import java.util.List;
import java.util.stream.Collectors;
import org.awarehouse.platform.control.DomainException;
import org.awarehouse.platform.control.FieldError;

/** An uploaded package that cannot be imported, with every finding that was found, not just the first. */
public class PackageRejectedException extends DomainException {
  private final List<Finding> findings;

  public PackageRejectedException(List<Finding> findings) {
    super(findings.stream().map(Finding::toString).collect(Collectors.joining("; ")));
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("A rejection needs at least one finding");
    }
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String type() {
    return "package-rejected";
  }

  @Override
  public String title() {
    return "The package cannot be imported";
  }

  @Override
  public List<FieldError> fieldErrors() {
    return findings.stream().map(f -> new FieldError(f.location(), f.message())).toList();
  }
}
