package org.awarehouse.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.awarehouse.platform.entity.RolesConverter;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void jsonNamesAreTheAnnotationConstants() {
    assertEquals(Role.ADMIN_NAME, Role.ADMIN.jsonName());
    assertEquals(Role.OPERATOR_NAME, Role.OPERATOR.jsonName());
    assertEquals(Role.AUTHOR_NAME, Role.AUTHOR.jsonName());
    assertEquals(Role.REPORTER_NAME, Role.REPORTER.jsonName());
    assertTrue(Role.fromJsonName("ADMIN").isEmpty(), "names are case-sensitive");
  }

  @Test
  void rolesRoundTripThroughTheColumn() {
    RolesConverter converter = new RolesConverter();
    String column = converter.convertToDatabaseColumn(EnumSet.of(Role.REPORTER, Role.ADMIN));
    assertEquals("admin,reporter", column);
    assertEquals(EnumSet.of(Role.ADMIN, Role.REPORTER), converter.convertToEntityAttribute(column));
  }
}
