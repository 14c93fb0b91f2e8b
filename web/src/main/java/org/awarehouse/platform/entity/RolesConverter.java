package org.awarehouse.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.awarehouse.platform.control.Role;

/** Stores a role set as a sorted, comma-separated column: small, readable in SQL, no join. */
@Converter
public class RolesConverter implements AttributeConverter<Set<Role>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Role> roles) {
    return roles.stream().sorted().map(Role::jsonName).collect(Collectors.joining(","));
  }

  @Override
  public Set<Role> convertToEntityAttribute(String column) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(name -> Role.fromJsonName(name).orElseThrow(
              () -> new IllegalStateException("Unknown role in api_token.roles: " + name)))
          .forEach(roles::add);
    }
    return roles;
  }
}
