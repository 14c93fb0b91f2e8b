-- The built-in modules play through the same package tables as uploaded ones. A package without
-- an organisation is a built-in one: every organisation may launch it, none may change it.

ALTER TABLE content_package MODIFY organisation_id UUID NULL;

-- the package that plays a built-in module
ALTER TABLE catalogue_module ADD COLUMN package_id UUID NULL;
