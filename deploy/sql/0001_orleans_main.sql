-- =============================================================================
-- 0001_orleans_main.sql
--
-- Provides: the OrleansQuery catalogue shared by every Orleans ADO.NET provider
-- (clustering, grain persistence, reminders). Later scripts add their rows.
--
-- Mirrors the Orleans ADO.NET contract of Microsoft.Orleans.*.AdoNet 10.4.2
-- (invariant "Npgsql", PostgreSQL 15). This is the project's own script; the
-- upstream reference is src/AdoNet/Shared/PostgreSQL-Main.sql in dotnet/orleans.
--
-- Runs once, inside one transaction (DbUp). Unqualified names: objects land in
-- the first schema of the connection's search_path (normally "public").
-- Never use "$name$" dollar tags in these scripts: DbUp treats $name$ as a
-- variable to substitute. Plain "$$" quoting is safe.
-- =============================================================================

-- How the providers use this table
-- --------------------------------
-- * On start-up every provider loads its texts with
--       SELECT QueryKey, QueryText FROM OrleansQuery [WHERE QueryKey = ...]
--   (persistence filters on its four keys) and reads the two columns BY NAME.
--   The unquoted identifiers below fold to lower case in PostgreSQL; Npgsql
--   resolves the names case-insensitively.
-- * A missing required key makes the provider fail at start-up (clustering
--   and reminders: "Not all required queries found. Missing are: ...").
-- * QueryText is sent to the server as-is through Npgsql with named
--   parameters written as @Name (@DeploymentId, @GrainIdHash, ...). Every
--   parameter a text uses must be one the C# side binds for that key, or the
--   statement fails; the parameter lists are documented next to each key.
-- * Boolean-style results: some keys must return exactly one row with one
--   column; Orleans converts it with Convert.ToBoolean (>0 = success, 0 =
--   failure, e.g. a lost optimistic-concurrency race).
-- * The texts may be replaced later (for instance by a migration) as long as
--   the parameter names, result column names and return conventions hold.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey),
    CONSTRAINT CK_OrleansQuery_QueryKey_NotBlank CHECK (btrim(QueryKey) <> ''),
    CONSTRAINT CK_OrleansQuery_QueryText_NotBlank CHECK (btrim(QueryText) <> '')
);

COMMENT ON TABLE OrleansQuery IS
    'Orleans ADO.NET query catalogue (contract of Orleans 10.4.2). Providers load all rows at start-up and execute QueryText with @Named parameters.';
COMMENT ON COLUMN OrleansQuery.QueryKey IS
    'Key the C# provider looks up, e.g. InsertMembershipKey, WriteToStorageKey, UpsertReminderRowKey.';
COMMENT ON COLUMN OrleansQuery.QueryText IS
    'SQL executed through Npgsql; parameter names and result column names are part of the contract.';
