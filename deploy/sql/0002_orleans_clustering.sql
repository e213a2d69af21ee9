-- =============================================================================
-- 0002_orleans_clustering.sql
--
-- Provides: cluster membership storage for Microsoft.Orleans.Clustering.AdoNet
-- (silo and client side): the membership version row, one row per silo, the
-- routines behind the write queries and the clustering rows of OrleansQuery.
--
-- Mirrors the Orleans ADO.NET contract of Microsoft.Orleans.Clustering.AdoNet
-- 10.4.2 (invariant "Npgsql"). Written for this project; the upstream reference
-- is src/AdoNet/Orleans.Clustering.AdoNet/PostgreSQL-Clustering.sql plus its
-- Migrations/PostgreSQL-Clustering-AtomicWrites.sql in dotnet/orleans.
-- Requires 0001_orleans_main.sql. Runs once, inside one transaction.
--
-- Not included on purpose: the MetadataJson column/parameter of newer upstream
-- scripts. Orleans 10.4.2 neither binds @MetadataJson nor reads the column.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- The membership protocol in short
-- -----------------------------------------------------------------------------
-- * "DeploymentId" is the Orleans ClusterId.
-- * OrleansMembershipVersionTable holds one row per cluster whose Version is the
--   table-wide ETag. Every membership write (insert a silo, update a silo) must
--   bump it by exactly one, and only if the caller's @Version still equals the
--   stored one; otherwise the write must change nothing and report 0. This is
--   what makes concurrent membership changes linearizable.
-- * IAmAlive heartbeats are the one exception: they touch only the silo's own
--   row and never the version.
-- * Reads return the version row LEFT JOINed to the silo rows, so a cluster
--   with no silo yet still yields one row (silo columns NULL). Orleans treats a
--   row whose StartTime is NULL as "no member" and always reads Version.
-- * All timestamps are UTC. Orleans binds DateTime values of Kind=Utc, which
--   Npgsql sends as timestamptz; hence timestamptz columns (ms precision).
-- -----------------------------------------------------------------------------

CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId),
    CONSTRAINT CK_OrleansMembershipVersionTable_Version CHECK (Version >= 0)
);

COMMENT ON TABLE OrleansMembershipVersionTable IS
    'One row per Orleans cluster (DeploymentId = ClusterId); Version is the membership table ETag.';

CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,  -- IPv4 or IPv6 text form
    Port         integer        NOT NULL,  -- silo-to-silo port
    Generation   integer        NOT NULL,  -- distinguishes restarts on the same endpoint
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,  -- Orleans SiloStatus: 3 = Active, 6 = Dead
    ProxyPort    integer        NOT NULL DEFAULT 0,  -- gateway port, 0 = not a gateway
    SuspectTimes text           NULL,      -- 'silo,date|silo,date' written by Orleans
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId),
    CONSTRAINT CK_MembershipTable_Port CHECK (Port BETWEEN 0 AND 65535),
    CONSTRAINT CK_MembershipTable_ProxyPort CHECK (ProxyPort BETWEEN 0 AND 65535)
);

COMMENT ON TABLE OrleansMembershipTable IS
    'One row per silo incarnation (Address, Port, Generation) of an Orleans cluster.';

-- -----------------------------------------------------------------------------
-- Routines. Names and argument names are the upstream ones on purpose, so an
-- upstream migration that does CREATE OR REPLACE on them keeps working.
-- Error signalling inside the write routines uses RAISE ... 'assert_failure'
-- (not ASSERT, which plpgsql.check_asserts can switch off): raising inside the
-- BEGIN ... EXCEPTION block rolls back everything the block did, then the
-- handler reports 0.
-- -----------------------------------------------------------------------------

-- Heartbeat: move IAmAliveTime of one silo forward. Never goes backwards, never
-- touches the version. Orleans ignores the result.
CREATE FUNCTION update_i_am_alive_time(
    deployment_id   varchar,
    address_arg     varchar,
    port_arg        integer,
    generation_arg  integer,
    i_am_alive_time timestamptz)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE OrleansMembershipTable AS m
    SET    IAmAliveTime = GREATEST(m.IAmAliveTime, i_am_alive_time)
    WHERE  m.DeploymentId = deployment_id
      AND  m.Address      = address_arg
      AND  m.Port         = port_arg
      AND  m.Generation   = generation_arg;
END
$$;

-- Create the version row of a cluster if it does not exist yet.
-- Returns one row: 1 = created, 0 = it was already there (Orleans then reads it).
CREATE FUNCTION insert_membership_version(
    DeploymentIdArg varchar)
RETURNS TABLE (row_count integer)
LANGUAGE plpgsql
AS $$
DECLARE
    affected integer := 0;
BEGIN
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (DeploymentIdArg)
    ON CONFLICT (DeploymentId) DO NOTHING;

    GET DIAGNOSTICS affected = ROW_COUNT;
    RETURN QUERY SELECT affected;
END
$$;

-- Add a silo row, guarded by the table version.
-- First bump the version (only if VersionArg is still current), then insert
-- the row; if either step affects nothing, undo both and return 0.
-- Returns one row: 1 = inserted, 0 = stale version or the silo already exists.
CREATE FUNCTION insert_membership(
    DeploymentIdArg varchar,
    AddressArg      varchar,
    PortArg         integer,
    GenerationArg   integer,
    SiloNameArg     varchar,
    HostNameArg     varchar,
    StatusArg       integer,
    ProxyPortArg    integer,
    StartTimeArg    timestamptz,
    IAmAliveTimeArg timestamptz,
    VersionArg      integer)
RETURNS TABLE (row_count integer)
LANGUAGE plpgsql
AS $$
DECLARE
    affected integer := 0;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET    Timestamp = now(),
               Version   = Version + 1
        WHERE  DeploymentId = DeploymentIdArg
          AND  Version      = VersionArg
          AND  Version      < 2147483647;

        GET DIAGNOSTICS affected = ROW_COUNT;
        IF affected = 0 THEN
            RAISE EXCEPTION 'membership version % is stale', VersionArg
                USING ERRCODE = 'assert_failure';
        END IF;

        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName,
             Status, ProxyPort, StartTime, IAmAliveTime)
        VALUES
            (DeploymentIdArg, AddressArg, PortArg, GenerationArg, SiloNameArg, HostNameArg,
             StatusArg, COALESCE(ProxyPortArg, 0), StartTimeArg, IAmAliveTimeArg)
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;

        GET DIAGNOSTICS affected = ROW_COUNT;
        IF affected = 0 THEN
            RAISE EXCEPTION 'silo row already exists'
                USING ERRCODE = 'assert_failure';
        END IF;

        RETURN QUERY SELECT affected;
    EXCEPTION
        WHEN assert_failure THEN
            RETURN QUERY SELECT 0;
    END;
END
$$;

-- Update a silo row (status, suspicions, heartbeat), guarded by the version.
-- Returns one row: 1 = updated, 0 = stale version or no such silo.
CREATE FUNCTION update_membership(
    DeploymentIdArg varchar,
    AddressArg      varchar,
    PortArg         integer,
    GenerationArg   integer,
    StatusArg       integer,
    SuspectTimesArg text,
    IAmAliveTimeArg timestamptz,
    VersionArg      integer)
RETURNS TABLE (row_count integer)
LANGUAGE plpgsql
AS $$
DECLARE
    affected integer := 0;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET    Timestamp = now(),
               Version   = Version + 1
        WHERE  DeploymentId = DeploymentIdArg
          AND  Version      = VersionArg
          AND  Version      < 2147483647;

        GET DIAGNOSTICS affected = ROW_COUNT;
        IF affected = 0 THEN
            RAISE EXCEPTION 'membership version % is stale', VersionArg
                USING ERRCODE = 'assert_failure';
        END IF;

        UPDATE OrleansMembershipTable AS m
        SET    Status       = StatusArg,
               SuspectTimes = SuspectTimesArg,
               IAmAliveTime = GREATEST(m.IAmAliveTime, IAmAliveTimeArg)
        WHERE  m.DeploymentId = DeploymentIdArg
          AND  m.Address      = AddressArg
          AND  m.Port         = PortArg
          AND  m.Generation   = GenerationArg;

        GET DIAGNOSTICS affected = ROW_COUNT;
        IF affected = 0 THEN
            RAISE EXCEPTION 'silo row not found'
                USING ERRCODE = 'assert_failure';
        END IF;

        RETURN QUERY SELECT affected;
    EXCEPTION
        WHEN assert_failure THEN
            RETURN QUERY SELECT 0;
    END;
END
$$;

-- -----------------------------------------------------------------------------
-- Query catalogue rows for the clustering provider.
-- Required by 10.4.2 (start-up fails without them):
--   UpdateIAmAlivetimeKey, InsertMembershipVersionKey, InsertMembershipKey,
--   UpdateMembershipKey, MembershipReadRowKey, MembershipReadAllKey,
--   DeleteMembershipTableEntriesKey, GatewaysQueryKey, CleanupDefunctSiloEntriesKey
-- Optional, used by 10.4.2 when present: CleanupDefunctSiloEntryKey.
-- -----------------------------------------------------------------------------

-- Heartbeat. Params: @DeploymentId, @Address, @Port, @Generation, @IAmAliveTime.
-- Executed as a non-query; the result is ignored.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpdateIAmAlivetimeKey', $$
SELECT update_i_am_alive_time(@DeploymentId, @Address, @Port, @Generation, @IAmAliveTime);
$$);

-- Params: @DeploymentId. Result: one row, one column (1 = created, 0 = existed).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $$
SELECT row_count FROM insert_membership_version(@DeploymentId);
$$);

-- Params: @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
--         @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version (the table
--         ETag Orleans last read). Result: one row, one column (1/0).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipKey', $$
SELECT row_count
FROM insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                       @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);
$$);

-- Params: @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
--         @IAmAliveTime, @Version. Result: one row, one column (1/0).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpdateMembershipKey', $$
SELECT row_count
FROM update_membership(@DeploymentId, @Address, @Port, @Generation, @Status,
                       @SuspectTimes, @IAmAliveTime, @Version);
$$);

-- Read one silo plus the table version.
-- Params: @DeploymentId, @Address, @Port, @Generation.
-- Columns read by name: DeploymentId, Address, Port, Generation, SiloName,
-- HostName, Status, ProxyPort, SuspectTimes, StartTime, IAmAliveTime, Version.
-- Zero rows = the cluster has no version row yet.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('MembershipReadRowKey', $$
SELECT v.DeploymentId,
       m.Address,
       m.Port,
       m.Generation,
       m.SiloName,
       m.HostName,
       m.Status,
       m.ProxyPort,
       m.SuspectTimes,
       m.StartTime,
       m.IAmAliveTime,
       v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address      = @Address
      AND m.Port         = @Port
      AND m.Generation   = @Generation
WHERE v.DeploymentId = @DeploymentId;
$$);

-- Read every silo plus the table version. Params: @DeploymentId.
-- Same columns as MembershipReadRowKey.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('MembershipReadAllKey', $$
SELECT v.DeploymentId,
       m.Address,
       m.Port,
       m.Generation,
       m.SiloName,
       m.HostName,
       m.Status,
       m.ProxyPort,
       m.SuspectTimes,
       m.StartTime,
       m.IAmAliveTime,
       v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$$);

-- Drop a whole cluster (used by tests/tools). Params: @DeploymentId.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('DeleteMembershipTableEntriesKey', $$
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$$);

-- Gateways for clients. Params: @DeploymentId, @Status (Orleans passes Active = 3).
-- Columns read by name: Address, ProxyPort, Generation.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('GatewaysQueryKey', $$
SELECT Address,
       ProxyPort,
       Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status       = @Status
  AND ProxyPort    > 0;
$$);

-- Bulk pruning of defunct silos. Params: @DeploymentId, @IAmAliveTime (cut-off).
-- 10.4.2 only falls back to this key when CleanupDefunctSiloEntryKey is
-- absent. It removes only rows already declared Dead (6) that have been silent
-- and unsuspected since before the cut-off, never a live or suspected silo.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('CleanupDefunctSiloEntriesKey', $$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND IAmAliveTime < @IAmAliveTime
  AND StartTime    < @IAmAliveTime
  AND COALESCE(SuspectTimes, '') = ''
  AND Status = 6;
$$);

-- Per-row pruning (preferred by 10.4.2 when this key exists): Orleans reads all
-- rows, picks Dead silos older than the cut-off and deletes each one only if
-- it still holds exactly the values it read (a compare-and-delete).
-- Params: @DeploymentId, @Address, @Port, @Generation, @SuspectTimes,
--         @StartTime, @IAmAliveTime. Executed as a non-query.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('CleanupDefunctSiloEntryKey', $$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status       = 6
  AND Address      = @Address
  AND Port         = @Port
  AND Generation   = @Generation
  AND IAmAliveTime = @IAmAliveTime
  AND StartTime    = @StartTime
  AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$$);
