# ruff: noqa: E501
"""The schema of a new project file, as the steps of reviewer.store.migrations make it.

Written by ``python -m reviewer.store.migrations``; do not edit by hand.
"""

from __future__ import annotations

VERSION = 4

STATEMENTS = (
    'CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n   "name" TEXT,\n   "applied_at" TEXT\n)',
    'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n    ON "_sqlite_migrations" ("migration_set", "name")',
    'CREATE TABLE "meta" (\n   "key" TEXT PRIMARY KEY,\n   "value" TEXT\n)',
    'CREATE TABLE "media" (\n   "id" INTEGER PRIMARY KEY,\n   "path" TEXT,\n   "duration_ms" INTEGER,\n   "size" INTEGER,\n   "fingerprint" TEXT\n)',
    "CREATE TABLE speakers (\n            id INTEGER PRIMARY KEY AUTOINCREMENT,\n            name TEXT NOT NULL UNIQUE,\n            color TEXT NOT NULL DEFAULT '',\n            slot INTEGER,\n            role TEXT NOT NULL DEFAULT ''\n        )",
    "CREATE TABLE segments (\n            id INTEGER PRIMARY KEY AUTOINCREMENT,\n            start_ms INTEGER NOT NULL,\n            end_ms INTEGER NOT NULL,\n            speaker_id INTEGER REFERENCES speakers(id),\n            source TEXT NOT NULL DEFAULT '',\n            translation TEXT NOT NULL DEFAULT '',\n            status TEXT NOT NULL DEFAULT 'unreviewed'\n        , note TEXT NOT NULL DEFAULT '')",
    'CREATE INDEX "idx_segments_start_ms"\n    ON "segments" ("start_ms")',
    'CREATE TABLE "operations" (\n   "id" INTEGER PRIMARY KEY,\n   "label" TEXT,\n   "kind" TEXT,\n   "target" INTEGER,\n   "author" TEXT,\n   "time" TEXT\n)',
    'CREATE TABLE revisions (\n            id INTEGER PRIMARY KEY,\n            op_id INTEGER NOT NULL REFERENCES operations(id),\n            entity TEXT NOT NULL,\n            entity_id INTEGER NOT NULL,\n            field TEXT NOT NULL,\n            old,\n            new,\n            author TEXT NOT NULL,\n            time TEXT NOT NULL\n        )',
    'CREATE INDEX "idx_revisions_entity_entity_id"\n    ON "revisions" ("entity", "entity_id")',
    'CREATE INDEX "idx_revisions_op_id"\n    ON "revisions" ("op_id")',
    'CREATE TABLE "tags" (\n   "id" INTEGER PRIMARY KEY,\n   "name" TEXT,\n   "key" TEXT,\n   "color" TEXT\n)',
    'CREATE UNIQUE INDEX "idx_tags_name"\n    ON "tags" ("name")',
    'CREATE TABLE "segment_tags" (\n   "segment_id" INTEGER REFERENCES "segments"("id"),\n   "tag_id" INTEGER REFERENCES "tags"("id"),\n   PRIMARY KEY ("segment_id", "tag_id")\n)',
    'CREATE TABLE "checkpoints" (\n   "id" INTEGER PRIMARY KEY,\n   "name" TEXT,\n   "op_id" INTEGER,\n   "author" TEXT,\n   "time" TEXT\n)',
    'CREATE TABLE "glossary" (\n   "id" INTEGER PRIMARY KEY,\n   "source" TEXT,\n   "translation" TEXT,\n   "avoid" TEXT,\n   "note" TEXT\n)',
    'CREATE VIRTUAL TABLE "segments_fts" USING FTS5 (\n    "source", "translation",\n    tokenize=\'trigram\',\n    content="segments"\n)',
    'CREATE TRIGGER "segments_ai" AFTER INSERT ON "segments" BEGIN\n  INSERT INTO "segments_fts" (rowid, "source", "translation") VALUES (new.rowid, new."source", new."translation");\nEND',
    'CREATE TRIGGER "segments_ad" AFTER DELETE ON "segments" BEGIN\n  INSERT INTO "segments_fts" ("segments_fts", rowid, "source", "translation") VALUES(\'delete\', old.rowid, old."source", old."translation");\nEND',
    'CREATE TRIGGER "segments_au" AFTER UPDATE OF "source", "translation" ON "segments" BEGIN\n  INSERT INTO "segments_fts" ("segments_fts", rowid, "source", "translation") VALUES(\'delete\', old.rowid, old."source", old."translation");\n  INSERT INTO "segments_fts" (rowid, "source", "translation") VALUES (new.rowid, new."source", new."translation");\nEND',
    "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0001_initial', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
    "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0002_notes_tags_search', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
    "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0003_search_finds_chinese', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
    "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0004_index_follows_text_only', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
)

# The schema of each older version, as the steps up to it make it (read, never run, to
# check an older file before it is upgraded).
OLDER: dict[int, tuple[str, ...]] = {
    1: (
        'CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n   "name" TEXT,\n   "applied_at" TEXT\n)',
        'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n    ON "_sqlite_migrations" ("migration_set", "name")',
        'CREATE TABLE "meta" (\n   "key" TEXT PRIMARY KEY,\n   "value" TEXT\n)',
        'CREATE TABLE "media" (\n   "id" INTEGER PRIMARY KEY,\n   "path" TEXT,\n   "duration_ms" INTEGER,\n   "size" INTEGER,\n   "fingerprint" TEXT\n)',
        "CREATE TABLE speakers (\n            id INTEGER PRIMARY KEY AUTOINCREMENT,\n            name TEXT NOT NULL UNIQUE,\n            color TEXT NOT NULL DEFAULT '',\n            slot INTEGER,\n            role TEXT NOT NULL DEFAULT ''\n        )",
        "CREATE TABLE segments (\n            id INTEGER PRIMARY KEY AUTOINCREMENT,\n            start_ms INTEGER NOT NULL,\n            end_ms INTEGER NOT NULL,\n            speaker_id INTEGER REFERENCES speakers(id),\n            source TEXT NOT NULL DEFAULT '',\n            translation TEXT NOT NULL DEFAULT '',\n            status TEXT NOT NULL DEFAULT 'unreviewed'\n        )",
        'CREATE INDEX "idx_segments_start_ms"\n    ON "segments" ("start_ms")',
        'CREATE TABLE "operations" (\n   "id" INTEGER PRIMARY KEY,\n   "label" TEXT,\n   "kind" TEXT,\n   "target" INTEGER,\n   "author" TEXT,\n   "time" TEXT\n)',
        'CREATE TABLE revisions (\n            id INTEGER PRIMARY KEY,\n            op_id INTEGER NOT NULL REFERENCES operations(id),\n            entity TEXT NOT NULL,\n            entity_id INTEGER NOT NULL,\n            field TEXT NOT NULL,\n            old,\n            new,\n            author TEXT NOT NULL,\n            time TEXT NOT NULL\n        )',
        'CREATE INDEX "idx_revisions_entity_entity_id"\n    ON "revisions" ("entity", "entity_id")',
        'CREATE INDEX "idx_revisions_op_id"\n    ON "revisions" ("op_id")',
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0001_initial', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
    ),
    2: (
        'CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n   "name" TEXT,\n   "applied_at" TEXT\n)',
        'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n    ON "_sqlite_migrations" ("migration_set", "name")',
        'CREATE TABLE "meta" (\n   "key" TEXT PRIMARY KEY,\n   "value" TEXT\n)',
        'CREATE TABLE "media" (\n   "id" INTEGER PRIMARY KEY,\n   "path" TEXT,\n   "duration_ms" INTEGER,\n   "size" INTEGER,\n   "fingerprint" TEXT\n)',
        "CREATE TABLE speakers (\n            id INTEGER PRIMARY KEY AUTOINCREMENT,\n            name TEXT NOT NULL UNIQUE,\n            color TEXT NOT NULL DEFAULT '',\n            slot INTEGER,\n            role TEXT NOT NULL DEFAULT ''\n        )",
        "CREATE TABLE segments (\n            id INTEGER PRIMARY KEY AUTOINCREMENT,\n            start_ms INTEGER NOT NULL,\n            end_ms INTEGER NOT NULL,\n            speaker_id INTEGER REFERENCES speakers(id),\n            source TEXT NOT NULL DEFAULT '',\n            translation TEXT NOT NULL DEFAULT '',\n            status TEXT NOT NULL DEFAULT 'unreviewed'\n        , note TEXT NOT NULL DEFAULT '')",
        'CREATE INDEX "idx_segments_start_ms"\n    ON "segments" ("start_ms")',
        'CREATE TABLE "operations" (\n   "id" INTEGER PRIMARY KEY,\n   "label" TEXT,\n   "kind" TEXT,\n   "target" INTEGER,\n   "author" TEXT,\n   "time" TEXT\n)',
        'CREATE TABLE revisions (\n            id INTEGER PRIMARY KEY,\n            op_id INTEGER NOT NULL REFERENCES operations(id),\n            entity TEXT NOT NULL,\n            entity_id INTEGER NOT NULL,\n            field TEXT NOT NULL,\n            old,\n            new,\n            author TEXT NOT NULL,\n            time TEXT NOT NULL\n        )',
        'CREATE INDEX "idx_revisions_entity_entity_id"\n    ON "revisions" ("entity", "entity_id")',
        'CREATE INDEX "idx_revisions_op_id"\n    ON "revisions" ("op_id")',
        'CREATE TABLE "tags" (\n   "id" INTEGER PRIMARY KEY,\n   "name" TEXT,\n   "key" TEXT,\n   "color" TEXT\n)',
        'CREATE UNIQUE INDEX "idx_tags_name"\n    ON "tags" ("name")',
        'CREATE TABLE "segment_tags" (\n   "segment_id" INTEGER REFERENCES "segments"("id"),\n   "tag_id" INTEGER REFERENCES "tags"("id"),\n   PRIMARY KEY ("segment_id", "tag_id")\n)',
        'CREATE TABLE "checkpoints" (\n   "id" INTEGER PRIMARY KEY,\n   "name" TEXT,\n   "op_id" INTEGER,\n   "author" TEXT,\n   "time" TEXT\n)',
        'CREATE TABLE "glossary" (\n   "id" INTEGER PRIMARY KEY,\n   "source" TEXT,\n   "translation" TEXT,\n   "avoid" TEXT,\n   "note" TEXT\n)',
        'CREATE VIRTUAL TABLE "segments_fts" USING FTS5 (\n    "source", "translation",\n    content="segments"\n)',
        'CREATE TRIGGER "segments_ai" AFTER INSERT ON "segments" BEGIN\n  INSERT INTO "segments_fts" (rowid, "source", "translation") VALUES (new.rowid, new."source", new."translation");\nEND',
        'CREATE TRIGGER "segments_ad" AFTER DELETE ON "segments" BEGIN\n  INSERT INTO "segments_fts" ("segments_fts", rowid, "source", "translation") VALUES(\'delete\', old.rowid, old."source", old."translation");\nEND',
        'CREATE TRIGGER "segments_au" AFTER UPDATE ON "segments" BEGIN\n  INSERT INTO "segments_fts" ("segments_fts", rowid, "source", "translation") VALUES(\'delete\', old.rowid, old."source", old."translation");\n  INSERT INTO "segments_fts" (rowid, "source", "translation") VALUES (new.rowid, new."source", new."translation");\nEND',
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0001_initial', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0002_notes_tags_search', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
    ),
    3: (
        'CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n   "name" TEXT,\n   "applied_at" TEXT\n)',
        'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n    ON "_sqlite_migrations" ("migration_set", "name")',
        'CREATE TABLE "meta" (\n   "key" TEXT PRIMARY KEY,\n   "value" TEXT\n)',
        'CREATE TABLE "media" (\n   "id" INTEGER PRIMARY KEY,\n   "path" TEXT,\n   "duration_ms" INTEGER,\n   "size" INTEGER,\n   "fingerprint" TEXT\n)',
        "CREATE TABLE speakers (\n            id INTEGER PRIMARY KEY AUTOINCREMENT,\n            name TEXT NOT NULL UNIQUE,\n            color TEXT NOT NULL DEFAULT '',\n            slot INTEGER,\n            role TEXT NOT NULL DEFAULT ''\n        )",
        "CREATE TABLE segments (\n            id INTEGER PRIMARY KEY AUTOINCREMENT,\n            start_ms INTEGER NOT NULL,\n            end_ms INTEGER NOT NULL,\n            speaker_id INTEGER REFERENCES speakers(id),\n            source TEXT NOT NULL DEFAULT '',\n            translation TEXT NOT NULL DEFAULT '',\n            status TEXT NOT NULL DEFAULT 'unreviewed'\n        , note TEXT NOT NULL DEFAULT '')",
        'CREATE INDEX "idx_segments_start_ms"\n    ON "segments" ("start_ms")',
        'CREATE TABLE "operations" (\n   "id" INTEGER PRIMARY KEY,\n   "label" TEXT,\n   "kind" TEXT,\n   "target" INTEGER,\n   "author" TEXT,\n   "time" TEXT\n)',
        'CREATE TABLE revisions (\n            id INTEGER PRIMARY KEY,\n            op_id INTEGER NOT NULL REFERENCES operations(id),\n            entity TEXT NOT NULL,\n            entity_id INTEGER NOT NULL,\n            field TEXT NOT NULL,\n            old,\n            new,\n            author TEXT NOT NULL,\n            time TEXT NOT NULL\n        )',
        'CREATE INDEX "idx_revisions_entity_entity_id"\n    ON "revisions" ("entity", "entity_id")',
        'CREATE INDEX "idx_revisions_op_id"\n    ON "revisions" ("op_id")',
        'CREATE TABLE "tags" (\n   "id" INTEGER PRIMARY KEY,\n   "name" TEXT,\n   "key" TEXT,\n   "color" TEXT\n)',
        'CREATE UNIQUE INDEX "idx_tags_name"\n    ON "tags" ("name")',
        'CREATE TABLE "segment_tags" (\n   "segment_id" INTEGER REFERENCES "segments"("id"),\n   "tag_id" INTEGER REFERENCES "tags"("id"),\n   PRIMARY KEY ("segment_id", "tag_id")\n)',
        'CREATE TABLE "checkpoints" (\n   "id" INTEGER PRIMARY KEY,\n   "name" TEXT,\n   "op_id" INTEGER,\n   "author" TEXT,\n   "time" TEXT\n)',
        'CREATE TABLE "glossary" (\n   "id" INTEGER PRIMARY KEY,\n   "source" TEXT,\n   "translation" TEXT,\n   "avoid" TEXT,\n   "note" TEXT\n)',
        'CREATE VIRTUAL TABLE "segments_fts" USING FTS5 (\n    "source", "translation",\n    tokenize=\'trigram\',\n    content="segments"\n)',
        'CREATE TRIGGER "segments_ai" AFTER INSERT ON "segments" BEGIN\n  INSERT INTO "segments_fts" (rowid, "source", "translation") VALUES (new.rowid, new."source", new."translation");\nEND',
        'CREATE TRIGGER "segments_ad" AFTER DELETE ON "segments" BEGIN\n  INSERT INTO "segments_fts" ("segments_fts", rowid, "source", "translation") VALUES(\'delete\', old.rowid, old."source", old."translation");\nEND',
        'CREATE TRIGGER "segments_au" AFTER UPDATE ON "segments" BEGIN\n  INSERT INTO "segments_fts" ("segments_fts", rowid, "source", "translation") VALUES(\'delete\', old.rowid, old."source", old."translation");\n  INSERT INTO "segments_fts" (rowid, "source", "translation") VALUES (new.rowid, new."source", new."translation");\nEND',
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0001_initial', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0002_notes_tags_search', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reviewer', '0003_search_finds_chinese', strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))",
    ),
}
