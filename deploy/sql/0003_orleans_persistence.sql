-- =============================================================================
-- 0003_orleans_persistence.sql
--
-- Provides: grain state storage for Microsoft.Orleans.Persistence.AdoNet
-- (AddAdoNetGrainStorage): the OrleansStorage table, the writetostorage
-- routine and the persistence rows of OrleansQuery, including the optional
-- DeleteStorageKey so that DeleteStateOnClear = true also works.
--
-- Mirrors the Orleans ADO.NET contract of Microsoft.Orleans.Persistence.AdoNet
-- 10.4.2 (invariant "Npgsql"). Written for this project; the upstream reference
-- is src/AdoNet/Orleans.Persistence.AdoNet/PostgreSQL-Persistence.sql in
-- dotnet/orleans (its binary-payload-only form, which is what 10.x binds).
-- Requires 0001_orleans_main.sql. Runs once, inside one transaction.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- How Orleans addresses and versions a grain state
-- -----------------------------------------------------------------------------
-- * Identity of a row: ServiceId + GrainTypeString + GrainIdN0/GrainIdN1
--   (integer/Guid keys as two 64-bit halves; 0/0 for string keys) +
--   GrainIdExtensionString (the string key or key extension, e.g. 'pl-1';
--   NULL when there is none). GrainIdHash/GrainTypeHash are 32-bit hashes
--   Orleans computes from the same data; they keep the index narrow, and the
--   full columns resolve hash collisions.
-- * The payload is whatever the configured IGrainStorageSerializer produced,
--   always bound as @PayloadBinary (bytea). Orleans 10 never binds JSON or XML
--   payload parameters, so there are no such columns.
-- * Version is the ETag. Orleans keeps the last Version it saw as the grain's
--   ETag (NULL/empty = "I have never seen a row") and passes it back as
--   @GrainStateVersion. Every successful write/clear returns the new Version.
-- * Conflict signalling (checked in AdoNetGrainStorage.CheckVersionInconsistency):
--   the returned version, as a string, is compared with the ETag that was sent.
--   It is a conflict (InconsistentStateException) when the returned value
--     - equals the ETag that was sent (nothing was updated), or
--     - is NULL / empty (a first write found an existing row), or
--     - is missing (no row returned) while an ETag was sent.
-- -----------------------------------------------------------------------------

CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,       -- NULL after a clear
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),  -- informational only
    Version                integer      NOT NULL,

    CONSTRAINT CK_OrleansStorage_Version CHECK (Version > 0)
);

-- Lookup index on the two hashes, as upstream: narrow, and every query
-- filters on both. Not unique: different grains may share both hashes.
CREATE INDEX IX_OrleansStorage
    ON OrleansStorage USING btree (GrainIdHash, GrainTypeHash);

COMMENT ON TABLE OrleansStorage IS
    'Orleans grain state (ADO.NET grain storage, contract of Orleans 10.4.2). Version is the optimistic-concurrency ETag.';

-- -----------------------------------------------------------------------------
-- writetostorage: insert or update one grain state, with optimistic concurrency.
--
--   _grainstateversion NULL      -> first write: insert Version 1, unless a row
--                                   for this grain already exists.
--   _grainstateversion = n       -> update only if the stored Version is n;
--                                   the row then gets Version n + 1.
--
-- Returns exactly one row, column newgrainstateversion:
--   success              -> the new version (1 after an insert, n + 1 after an update)
--   stale version        -> n unchanged          (Orleans: conflict, same as ETag)
--   first write, row existed -> NULL             (Orleans: conflict, empty value)
--
-- First writes of the same grain are serialized with a transaction-scoped
-- advisory lock on its two hashes, so two activations racing to create the
-- row cannot both insert (the NOT EXISTS test alone is not race-free under
-- READ COMMITTED). Updates need no extra lock: the row lock plus the version
-- check decide the winner.
-- -----------------------------------------------------------------------------
CREATE FUNCTION writetostorage(
    _grainidhash            integer,
    _grainidn0              bigint,
    _grainidn1              bigint,
    _graintypehash          integer,
    _graintypestring        character varying,
    _grainidextensionstring character varying,
    _serviceid              character varying,
    _grainstateversion      integer,
    _payloadbinary          bytea)
RETURNS TABLE (newgrainstateversion integer)
LANGUAGE plpgsql
AS $$
DECLARE
    written_version integer;
BEGIN
    IF _grainstateversion IS NOT NULL THEN
        UPDATE OrleansStorage AS s
        SET    PayloadBinary = _payloadbinary,
               ModifiedOn    = now(),
               Version       = s.Version + 1
        WHERE  s.GrainIdHash     = _grainidhash
          AND  s.GrainTypeHash   = _graintypehash
          AND  s.GrainIdN0       = _grainidn0
          AND  s.GrainIdN1       = _grainidn1
          AND  s.GrainTypeString = _graintypestring
          AND  s.GrainIdExtensionString IS NOT DISTINCT FROM _grainidextensionstring
          AND  s.ServiceId       = _serviceid
          AND  s.Version         = _grainstateversion
        RETURNING s.Version INTO written_version;

        -- Not found or stale: hand back the caller's own version = conflict.
        RETURN QUERY SELECT COALESCE(written_version, _grainstateversion);
        RETURN;
    END IF;

    PERFORM pg_advisory_xact_lock(_graintypehash, _grainidhash);

    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
         GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT _grainidhash, _grainidn0, _grainidn1, _graintypehash, _graintypestring,
           _grainidextensionstring, _serviceid, _payloadbinary, now(), 1
    WHERE NOT EXISTS
    (
        SELECT 1
        FROM   OrleansStorage AS s
        WHERE  s.GrainIdHash     = _grainidhash
          AND  s.GrainTypeHash   = _graintypehash
          AND  s.GrainIdN0       = _grainidn0
          AND  s.GrainIdN1       = _grainidn1
          AND  s.GrainTypeString = _graintypestring
          AND  s.GrainIdExtensionString IS NOT DISTINCT FROM _grainidextensionstring
          AND  s.ServiceId       = _serviceid
    )
    RETURNING 1 INTO written_version;

    -- NULL when the row already existed = conflict.
    RETURN QUERY SELECT written_version;
END
$$;

-- -----------------------------------------------------------------------------
-- Query catalogue rows for the persistence provider.
-- All four keys take the same identity parameters:
--   @GrainIdHash (int), @GrainIdN0 (bigint), @GrainIdN1 (bigint),
--   @GrainTypeHash (int), @GrainTypeString, @GrainIdExtensionString (may be NULL),
--   @ServiceId
-- plus @GrainStateVersion (int or NULL) for write/clear/delete and
-- @PayloadBinary (bytea) for write.
-- WriteToStorageKey, ReadFromStorageKey and ClearStorageKey are required;
-- DeleteStorageKey is needed only with AdoNetGrainStorageOptions.DeleteStateOnClear = true.
-- -----------------------------------------------------------------------------

-- Result: one row; column NewGrainStateVersion is read by name (see writetostorage).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', $$
SELECT newgrainstateversion AS NewGrainStateVersion
FROM writetostorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                    @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
$$);

-- Result: zero rows (never written) or one row. Orleans reads PayloadBinary
-- and Version by name (NULL payload = cleared state, default is created; the
-- Version still becomes the ETag). The middle column keeps the upstream
-- three-column shape; it is informational.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $$
SELECT PayloadBinary,
       ModifiedOn,
       Version
FROM OrleansStorage
WHERE GrainIdHash     = @GrainIdHash
  AND GrainTypeHash   = @GrainTypeHash
  AND GrainIdN0       = @GrainIdN0
  AND GrainIdN1       = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND ((@GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL)
       OR GrainIdExtensionString = @GrainIdExtensionString)
  AND ServiceId       = @ServiceId;
$$);

-- Clear without deleting (DeleteStateOnClear = false, the default): drop the
-- payload and bump the version, only if @GrainStateVersion is current.
-- Result: one row with the new version on success, no row on conflict
-- (Orleans reads the first column).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ClearStorageKey', $$
UPDATE OrleansStorage
SET    PayloadBinary = NULL,
       ModifiedOn    = now(),
       Version       = Version + 1
WHERE  GrainIdHash     = @GrainIdHash
  AND  GrainTypeHash   = @GrainTypeHash
  AND  GrainIdN0       = @GrainIdN0
  AND  GrainIdN1       = @GrainIdN1
  AND  GrainTypeString = @GrainTypeString
  AND  ((@GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL)
        OR GrainIdExtensionString = @GrainIdExtensionString)
  AND  ServiceId       = @ServiceId
  AND  Version         = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
$$);

-- Clear by deleting the row (DeleteStateOnClear = true), only if
-- @GrainStateVersion is current. Result: one row with Version + 1 (any value
-- different from the ETag means success), no row on conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('DeleteStorageKey', $$
DELETE FROM OrleansStorage
WHERE  GrainIdHash     = @GrainIdHash
  AND  GrainTypeHash   = @GrainTypeHash
  AND  GrainIdN0       = @GrainIdN0
  AND  GrainIdN1       = @GrainIdN1
  AND  GrainTypeString = @GrainTypeString
  AND  ((@GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL)
        OR GrainIdExtensionString = @GrainIdExtensionString)
  AND  ServiceId       = @ServiceId
  AND  Version         = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;
$$);
