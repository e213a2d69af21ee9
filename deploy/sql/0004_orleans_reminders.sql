-- =============================================================================
-- 0004_orleans_reminders.sql
--
-- Provides: durable reminder storage for Microsoft.Orleans.Reminders.AdoNet
-- (UseAdoNetReminderService): the OrleansRemindersTable, its routines and the
-- reminder rows of OrleansQuery.
--
-- Mirrors the Orleans ADO.NET contract of Microsoft.Orleans.Reminders.AdoNet
-- 10.4.2 (invariant "Npgsql"). Written for this project; the upstream reference
-- is src/AdoNet/Orleans.Reminders.AdoNet/PostgreSQL-Reminders.sql in
-- dotnet/orleans, in the form 10.4.2 binds (GrainId, ReminderName, StartTime,
-- Period, GrainHash, Version). Newer upstream scripts add cron/priority
-- columns and parameters that 10.4.2 does not know; they are left out.
-- Requires 0001_orleans_main.sql. Runs once, inside one transaction.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Contract in short
-- -----------------------------------------------------------------------------
-- * ServiceId is the Orleans ServiceId; GrainId is GrainId.ToString(), e.g.
--   'playlist/42'; GrainHash is GrainId.GetUniformHashCode() bound as a
--   signed int (the uint reinterpreted), and the ring range queries compare it
--   as such.
-- * StartTime is a UTC DateTime (timestamptz). Period is in milliseconds;
--   Orleans binds it as int when it fits and as bigint otherwise, and reads it
--   back with GetInt64, hence bigint.
-- * Version is the reminder's ETag: 0 on first insert, +1 on every upsert.
--   Deletes succeed only with the current Version.
-- -----------------------------------------------------------------------------

CREATE TABLE OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(150)   NOT NULL,
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,  -- milliseconds
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,

    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName
        PRIMARY KEY (ServiceId, GrainId, ReminderName),
    CONSTRAINT CK_RemindersTable_Period CHECK (Period >= 0),
    CONSTRAINT CK_RemindersTable_Version CHECK (Version >= 0)
);

-- Each silo periodically loads the reminders of its slice of the hash ring
-- (ReadRangeRows1Key / ReadRangeRows2Key); this index serves those scans.
CREATE INDEX IX_RemindersTable_ServiceId_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

COMMENT ON TABLE OrleansRemindersTable IS
    'Orleans durable reminders (ADO.NET reminder table, contract of Orleans 10.4.2). Version is the ETag.';

-- Insert or replace a reminder; returns its new Version (0 when created).
CREATE FUNCTION upsert_reminder_row(
    ServiceIdArg    varchar,
    GrainIdArg      varchar,
    ReminderNameArg varchar,
    StartTimeArg    timestamptz,
    PeriodArg       bigint,
    GrainHashArg    integer)
RETURNS TABLE (version integer)
LANGUAGE sql
AS $$
    INSERT INTO OrleansRemindersTable AS r
        (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES
        (ServiceIdArg, GrainIdArg, ReminderNameArg, StartTimeArg, PeriodArg, GrainHashArg, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
        SET StartTime = excluded.StartTime,
            Period    = excluded.Period,
            GrainHash = excluded.GrainHash,
            Version   = r.Version + 1
    RETURNING r.Version;
$$;

-- Delete a reminder if VersionArg is current; returns one row with the number
-- of deleted rows (1 = deleted, 0 = stale ETag or already gone).
CREATE FUNCTION delete_reminder_row(
    ServiceIdArg    varchar,
    GrainIdArg      varchar,
    ReminderNameArg varchar,
    VersionArg      integer)
RETURNS TABLE (row_count integer)
LANGUAGE sql
AS $$
    WITH deleted AS
    (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId    = ServiceIdArg
          AND GrainId      = GrainIdArg
          AND ReminderName = ReminderNameArg
          AND Version      = VersionArg
        RETURNING 1
    )
    SELECT count(*)::integer FROM deleted;
$$;

-- -----------------------------------------------------------------------------
-- Query catalogue rows for the reminders provider (all seven are required).
-- The read keys return zero or more rows with the columns Orleans reads by
-- name: GrainId, ReminderName, StartTime, Period, Version.
-- -----------------------------------------------------------------------------

-- Params: @ServiceId, @GrainId, @ReminderName, @StartTime, @Period (int or
-- bigint), @GrainHash. Result: one row; column Version = the new ETag.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', $$
SELECT version AS Version
FROM upsert_reminder_row(@ServiceId, @GrainId, @ReminderName, @StartTime,
                         CAST(@Period AS bigint), @GrainHash);
$$);

-- All reminders of one grain. Params: @ServiceId, @GrainId.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadReminderRowsKey', $$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId   = @GrainId;
$$);

-- One reminder. Params: @ServiceId, @GrainId, @ReminderName.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadReminderRowKey', $$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId    = @ServiceId
  AND GrainId      = @GrainId
  AND ReminderName = @ReminderName;
$$);

-- Ring range that does not wrap (Orleans uses it when @BeginHash < @EndHash):
-- the half-open interval (@BeginHash, @EndHash]. Params: @ServiceId, @BeginHash, @EndHash.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadRangeRows1Key', $$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash
  AND GrainHash <= @EndHash;
$$);

-- Ring range that wraps around (otherwise): above @BeginHash or up to @EndHash.
-- Params: @ServiceId, @BeginHash, @EndHash.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadRangeRows2Key', $$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$$);

-- Params: @ServiceId, @GrainId, @ReminderName, @Version (the ETag).
-- Result: one row, one column (1 = deleted, 0 = not deleted).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('DeleteReminderRowKey', $$
SELECT row_count
FROM delete_reminder_row(@ServiceId, @GrainId, @ReminderName, @Version);
$$);

-- Remove every reminder of the service (used by tests/tools). Params: @ServiceId.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('DeleteReminderRowsKey', $$
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId;
$$);
