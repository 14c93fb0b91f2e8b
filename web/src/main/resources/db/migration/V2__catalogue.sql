-- The global catalogue of built-in modules, installed from the content-packages build.

CREATE TABLE catalogue_module (
  slug              VARCHAR(64)  NOT NULL,
  course_id         VARCHAR(500) NOT NULL,
  version           VARCHAR(40)  NOT NULL,
  standard          VARCHAR(20)  NOT NULL,
  -- language maps and short lists, as JSON
  titles            JSON         NOT NULL,
  descriptions      JSON         NOT NULL,
  duration_minutes  SMALLINT     NOT NULL,
  audience          JSON         NOT NULL,
  languages         JSON         NOT NULL,
  regulations       JSON         NOT NULL,
  package_sha256    CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  installed_at      DATETIME(6)  NOT NULL,
  retired_at        DATETIME(6)  NULL,
  PRIMARY KEY (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
