-- =============================================================================
-- 0007_orleans_streaming.sql
--
-- Provides: durable stream queues for Microsoft.Orleans.Streaming.AdoNet
-- (AddAdoNetStreams; the listening stream when Spotify:Streams:Provider is
-- AdoNet): the message and dead-letter tables, each queue's housekeeping
-- schedule, the routines behind the queries and the streaming rows of
-- OrleansQuery.
--
-- Mirrors the ADO.NET streaming contract of Microsoft.Orleans.Streaming.AdoNet
-- 10.4.2-alpha.1 (invariant "Npgsql"), as that assembly binds and reads it:
-- the six keys below are all required, with the parameters listed next to
-- each. Written for this project; the upstream reference is
-- src/AdoNet/Orleans.Streaming.AdoNet/PostgreSQL-Streaming.sql in
-- dotnet/orleans. The upstream versions of that script seen while writing
-- this one do not fit this assembly: older ones name an EvictStreamMessageKey
-- instead of FailStreamMessageKey, bind @BatchSize where 10.4.2-alpha.1 binds
-- @MaxCount, or do not understand the negative receipts it sends to release
-- messages; newer ones are a different, partitioned schema with a
-- StreamSchemaVersionKey.
-- Requires 0001_orleans_main.sql. Runs once, inside one transaction.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Contract in short
-- -----------------------------------------------------------------------------
-- * A message is one batch of events of one stream, serialized by Orleans
--   (Payload). It is addressed by ServiceId (the Orleans ServiceId),
--   ProviderId (the stream provider's name, e.g. 'listening'), QueueId (the
--   Orleans queue the stream maps to) and MessageId (assigned here, rising).
-- * A silo owns each queue for a while and polls it: GetStreamMessagesKey
--   takes up to @MaxCount visible messages, adds one to their Dequeued count
--   and hides them for @VisibilityTimeout seconds. Orleans reads the rows back
--   by column name and sorts them by MessageId itself.
-- * Dequeued is also the receipt. Once delivered, a message is confirmed with
--   the Dequeued value the silo saw, which deletes it; a confirmation whose
--   receipt is stale (the message was taken again since, say by the silo that
--   took the queue over) changes nothing. A silo giving up a queue releases
--   what it holds through the same key, the receipts negated ('42:-1'), which
--   makes those messages visible at once instead.
-- * A message nobody confirms (its silo died) is visible again when its
--   visibility timeout passes; this is at-least-once delivery, so consumers
--   must recognise a batch they see twice. After @MaxAttempts deliveries, or
--   once past ExpiresOn, it moves to OrleansStreamDeadLetter, kept there for
--   @RemovalTimeout seconds for inspection.
-- * Orleans binds text, integer (counts and whole seconds), bigint
--   (@MessageId) and bytea (@Payload); every time is the server's now(), so
--   the silos' clocks do not matter. Orleans casts MessageId to long,
--   Dequeued to int and the times to DateTime, hence bigint, integer and
--   timestamptz.
-- -----------------------------------------------------------------------------

CREATE TABLE OrleansStreamMessage
(
    ServiceId  varchar(150) NOT NULL,
    ProviderId varchar(150) NOT NULL,
    QueueId    varchar(150) NOT NULL,
    MessageId  bigint       GENERATED ALWAYS AS IDENTITY,
    Dequeued   integer      NOT NULL DEFAULT 0,
    VisibleOn  timestamptz  NOT NULL,
    ExpiresOn  timestamptz  NOT NULL,
    CreatedOn  timestamptz  NOT NULL,
    ModifiedOn timestamptz  NOT NULL,
    Payload    bytea        NOT NULL,

    -- Also the index of every poll: one queue's messages in MessageId order.
    CONSTRAINT PK_OrleansStreamMessage PRIMARY KEY (ServiceId, ProviderId, QueueId, MessageId),
    CONSTRAINT CK_OrleansStreamMessage_Dequeued CHECK (Dequeued >= 0)
);

CREATE TABLE OrleansStreamDeadLetter
(
    ServiceId  varchar(150) NOT NULL,
    ProviderId varchar(150) NOT NULL,
    QueueId    varchar(150) NOT NULL,
    MessageId  bigint       NOT NULL,
    Dequeued   integer      NOT NULL,
    VisibleOn  timestamptz  NOT NULL,
    ExpiresOn  timestamptz  NOT NULL,
    CreatedOn  timestamptz  NOT NULL,
    ModifiedOn timestamptz  NOT NULL,
    DeadOn     timestamptz  NOT NULL,
    RemoveOn   timestamptz  NOT NULL,
    Payload    bytea        NOT NULL,

    CONSTRAINT PK_OrleansStreamDeadLetter PRIMARY KEY (ServiceId, ProviderId, QueueId, MessageId)
);

-- When each queue's housekeeping (moving failed messages to the dead letters,
-- dropping old dead letters) is next due; one poll claims it per interval.
CREATE TABLE OrleansStreamControl
(
    ServiceId  varchar(150) NOT NULL,
    ProviderId varchar(150) NOT NULL,
    QueueId    varchar(150) NOT NULL,
    EvictOn    timestamptz  NOT NULL,

    CONSTRAINT PK_OrleansStreamControl PRIMARY KEY (ServiceId, ProviderId, QueueId)
);

COMMENT ON TABLE OrleansStreamMessage IS
    'Orleans ADO.NET stream queues (contract of Microsoft.Orleans.Streaming.AdoNet 10.4.2-alpha.1). A row is a batch of events not yet confirmed; Dequeued is the delivery count and receipt.';
COMMENT ON TABLE OrleansStreamDeadLetter IS
    'Stream batches delivered too often or expired without confirmation; removed after RemoveOn.';
COMMENT ON TABLE OrleansStreamControl IS
    'Per-queue schedule of stream housekeeping (EvictOn).';

-- Add one batch to a queue; returns its keys.
CREATE FUNCTION queue_stream_message(
    ServiceIdArg     varchar,
    ProviderIdArg    varchar,
    QueueIdArg       varchar,
    PayloadArg       bytea,
    ExpiryTimeoutArg integer)
RETURNS TABLE (ServiceId varchar, ProviderId varchar, QueueId varchar, MessageId bigint)
LANGUAGE sql
AS $$
    INSERT INTO OrleansStreamMessage AS m
        (ServiceId, ProviderId, QueueId, VisibleOn, ExpiresOn, CreatedOn, ModifiedOn, Payload)
    VALUES
        (ServiceIdArg, ProviderIdArg, QueueIdArg,
         now(), now() + ExpiryTimeoutArg * interval '1 second', now(), now(), PayloadArg)
    RETURNING m.ServiceId, m.ProviderId, m.QueueId, m.MessageId;
$$;

-- Move up to BatchSizeArg messages that had their chance to the dead letters:
-- past their visibility timeout, and delivered MaxAttemptsArg times or expired.
CREATE FUNCTION evict_stream_messages(
    ServiceIdArg      varchar,
    ProviderIdArg     varchar,
    QueueIdArg        varchar,
    BatchSizeArg      integer,
    MaxAttemptsArg    integer,
    RemovalTimeoutArg integer)
RETURNS void
LANGUAGE sql
AS $$
    WITH due AS
    (
        SELECT MessageId
        FROM OrleansStreamMessage
        WHERE ServiceId  = ServiceIdArg
          AND ProviderId = ProviderIdArg
          AND QueueId    = QueueIdArg
          AND VisibleOn <= now()
          AND (Dequeued >= MaxAttemptsArg OR ExpiresOn <= now())
        ORDER BY MessageId
        LIMIT BatchSizeArg
        FOR UPDATE SKIP LOCKED
    ),
    dead AS
    (
        DELETE FROM OrleansStreamMessage AS m
        USING due
        WHERE m.ServiceId  = ServiceIdArg
          AND m.ProviderId = ProviderIdArg
          AND m.QueueId    = QueueIdArg
          AND m.MessageId  = due.MessageId
        RETURNING m.*
    )
    INSERT INTO OrleansStreamDeadLetter
        (ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn,
         CreatedOn, ModifiedOn, DeadOn, RemoveOn, Payload)
    SELECT ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn,
           CreatedOn, ModifiedOn, now(), now() + RemovalTimeoutArg * interval '1 second', Payload
    FROM dead;
$$;

-- Delete up to BatchSizeArg dead letters whose time is up.
CREATE FUNCTION evict_stream_dead_letters(
    ServiceIdArg  varchar,
    ProviderIdArg varchar,
    QueueIdArg    varchar,
    BatchSizeArg  integer)
RETURNS void
LANGUAGE sql
AS $$
    WITH due AS
    (
        SELECT MessageId
        FROM OrleansStreamDeadLetter
        WHERE ServiceId  = ServiceIdArg
          AND ProviderId = ProviderIdArg
          AND QueueId    = QueueIdArg
          AND RemoveOn  <= now()
        ORDER BY MessageId
        LIMIT BatchSizeArg
        FOR UPDATE SKIP LOCKED
    )
    DELETE FROM OrleansStreamDeadLetter AS d
    USING due
    WHERE d.ServiceId  = ServiceIdArg
      AND d.ProviderId = ProviderIdArg
      AND d.QueueId    = QueueIdArg
      AND d.MessageId  = due.MessageId;
$$;

-- One poll of a queue: the housekeeping when it is due, then the next batch of
-- visible messages, taken (Dequeued + 1) and hidden for the visibility timeout.
CREATE FUNCTION get_stream_messages(
    ServiceIdArg         varchar,
    ProviderIdArg        varchar,
    QueueIdArg           varchar,
    MaxCountArg          integer,
    MaxAttemptsArg       integer,
    VisibilityTimeoutArg integer,
    RemovalTimeoutArg    integer,
    EvictionIntervalArg  integer,
    EvictionBatchSizeArg integer)
RETURNS SETOF OrleansStreamMessage
LANGUAGE plpgsql
AS $$
BEGIN
    -- Claim the housekeeping if it is due; a queue's first poll creates its
    -- schedule and does it at once. A poll with nothing due writes nothing.
    UPDATE OrleansStreamControl
    SET EvictOn = now() + EvictionIntervalArg * interval '1 second'
    WHERE ServiceId  = ServiceIdArg
      AND ProviderId = ProviderIdArg
      AND QueueId    = QueueIdArg
      AND EvictOn   <= now();
    IF NOT FOUND THEN
        INSERT INTO OrleansStreamControl (ServiceId, ProviderId, QueueId, EvictOn)
        VALUES (ServiceIdArg, ProviderIdArg, QueueIdArg, now() + EvictionIntervalArg * interval '1 second')
        ON CONFLICT (ServiceId, ProviderId, QueueId) DO NOTHING;
    END IF;
    IF FOUND THEN
        PERFORM evict_stream_messages(ServiceIdArg, ProviderIdArg, QueueIdArg,
                                      EvictionBatchSizeArg, MaxAttemptsArg, RemovalTimeoutArg);
        PERFORM evict_stream_dead_letters(ServiceIdArg, ProviderIdArg, QueueIdArg, EvictionBatchSizeArg);
    END IF;

    RETURN QUERY
    WITH batch AS
    (
        SELECT MessageId
        FROM OrleansStreamMessage
        WHERE ServiceId  = ServiceIdArg
          AND ProviderId = ProviderIdArg
          AND QueueId    = QueueIdArg
          AND Dequeued   < MaxAttemptsArg
          AND VisibleOn <= now()
          AND ExpiresOn  > now()
        ORDER BY MessageId
        LIMIT MaxCountArg
        -- Two silos poll one queue only while it changes hands; neither waits for the other.
        FOR UPDATE SKIP LOCKED
    )
    UPDATE OrleansStreamMessage AS m
    SET Dequeued   = m.Dequeued + 1,
        VisibleOn  = now() + VisibilityTimeoutArg * interval '1 second',
        ModifiedOn = now()
    FROM batch
    WHERE m.ServiceId  = ServiceIdArg
      AND m.ProviderId = ProviderIdArg
      AND m.QueueId    = QueueIdArg
      AND m.MessageId  = batch.MessageId
    RETURNING m.*;
END;
$$;

-- Confirm or release messages. ItemsArg is 'MessageId:Receipt|...': a positive
-- receipt confirms (deletes) the message, a negative one releases it (visible
-- now). Either applies only while the receipt equals Dequeued. Returns the
-- messages it changed.
CREATE FUNCTION confirm_stream_messages(
    ServiceIdArg  varchar,
    ProviderIdArg varchar,
    QueueIdArg    varchar,
    ItemsArg      text)
RETURNS TABLE (ServiceId varchar, ProviderId varchar, QueueId varchar, MessageId bigint)
LANGUAGE sql
AS $$
    WITH items AS
    (
        SELECT split_part(item, ':', 1)::bigint  AS MessageId,
               split_part(item, ':', 2)::integer AS Receipt
        FROM unnest(string_to_array(ItemsArg, '|')) AS item
    ),
    held AS
    (
        SELECT m.MessageId, i.Receipt
        FROM OrleansStreamMessage AS m
        JOIN items AS i ON i.MessageId = m.MessageId AND abs(i.Receipt) = m.Dequeued
        WHERE m.ServiceId  = ServiceIdArg
          AND m.ProviderId = ProviderIdArg
          AND m.QueueId    = QueueIdArg
        -- Locked in key order, so two silos confirming during a hand-over cannot deadlock.
        ORDER BY m.MessageId
        FOR UPDATE OF m
    ),
    confirmed AS
    (
        DELETE FROM OrleansStreamMessage AS m
        USING held AS h
        WHERE m.ServiceId  = ServiceIdArg
          AND m.ProviderId = ProviderIdArg
          AND m.QueueId    = QueueIdArg
          AND m.MessageId  = h.MessageId
          AND h.Receipt    > 0
        RETURNING m.ServiceId, m.ProviderId, m.QueueId, m.MessageId
    ),
    released AS
    (
        UPDATE OrleansStreamMessage AS m
        SET VisibleOn  = now(),
            ModifiedOn = now()
        FROM held AS h
        WHERE m.ServiceId  = ServiceIdArg
          AND m.ProviderId = ProviderIdArg
          AND m.QueueId    = QueueIdArg
          AND m.MessageId  = h.MessageId
          AND h.Receipt    < 0
        RETURNING m.ServiceId, m.ProviderId, m.QueueId, m.MessageId
    )
    SELECT * FROM confirmed
    UNION ALL
    SELECT * FROM released;
$$;

-- A batch the pulling agent could not deliver: offered again at once while it
-- has attempts left, otherwise moved to the dead letters.
CREATE FUNCTION fail_stream_message(
    ServiceIdArg      varchar,
    ProviderIdArg     varchar,
    QueueIdArg        varchar,
    MessageIdArg      bigint,
    MaxAttemptsArg    integer,
    RemovalTimeoutArg integer)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE OrleansStreamMessage
    SET VisibleOn  = now(),
        ModifiedOn = now()
    WHERE ServiceId  = ServiceIdArg
      AND ProviderId = ProviderIdArg
      AND QueueId    = QueueIdArg
      AND MessageId  = MessageIdArg
      AND Dequeued   < MaxAttemptsArg;
    IF FOUND THEN
        RETURN;
    END IF;

    WITH dead AS
    (
        DELETE FROM OrleansStreamMessage AS m
        WHERE m.ServiceId  = ServiceIdArg
          AND m.ProviderId = ProviderIdArg
          AND m.QueueId    = QueueIdArg
          AND m.MessageId  = MessageIdArg
        RETURNING m.*
    )
    INSERT INTO OrleansStreamDeadLetter
        (ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn,
         CreatedOn, ModifiedOn, DeadOn, RemoveOn, Payload)
    SELECT ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn,
           CreatedOn, ModifiedOn, now(), now() + RemovalTimeoutArg * interval '1 second', Payload
    FROM dead;
END;
$$;

-- -----------------------------------------------------------------------------
-- Query catalogue rows for the streaming provider (all six are required).
-- -----------------------------------------------------------------------------

-- Params: @ServiceId, @ProviderId, @QueueId, @Payload (bytea), @ExpiryTimeout
-- (seconds). Result: one row; ServiceId, ProviderId, QueueId, MessageId.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('QueueStreamMessageKey', $$
SELECT ServiceId, ProviderId, QueueId, MessageId
FROM queue_stream_message(@ServiceId, @ProviderId, @QueueId, @Payload, @ExpiryTimeout);
$$);

-- Params: @ServiceId, @ProviderId, @QueueId, @MaxCount, @MaxAttempts,
-- @VisibilityTimeout, @RemovalTimeout, @EvictionInterval (seconds),
-- @EvictionBatchSize. Result: the messages taken, in the column order Orleans
-- reads them.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('GetStreamMessagesKey', $$
SELECT ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn, CreatedOn, ModifiedOn, Payload
FROM get_stream_messages(@ServiceId, @ProviderId, @QueueId, @MaxCount, @MaxAttempts,
                         @VisibilityTimeout, @RemovalTimeout, @EvictionInterval, @EvictionBatchSize);
$$);

-- Confirms delivered messages, or releases held ones (negative receipts).
-- Params: @ServiceId, @ProviderId, @QueueId, @Items ('MessageId:Receipt|...').
-- Result: ServiceId, ProviderId, QueueId, MessageId of each message changed.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ConfirmStreamMessagesKey', $$
SELECT ServiceId, ProviderId, QueueId, MessageId
FROM confirm_stream_messages(@ServiceId, @ProviderId, @QueueId, @Items);
$$);

-- Params: @ServiceId, @ProviderId, @QueueId, @MessageId, @MaxAttempts,
-- @RemovalTimeout (seconds). No result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('FailStreamMessageKey', $$
SELECT fail_stream_message(@ServiceId, @ProviderId, @QueueId, @MessageId, @MaxAttempts, @RemovalTimeout);
$$);

-- Required by the provider although 10.4.2-alpha.1 runs its housekeeping
-- through GetStreamMessagesKey only. Params: @ServiceId, @ProviderId,
-- @QueueId, @MaxCount, @MaxAttempts, @RemovalTimeout (seconds). No result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('EvictStreamMessagesKey', $$
SELECT evict_stream_messages(@ServiceId, @ProviderId, @QueueId, @MaxCount, @MaxAttempts, @RemovalTimeout);
$$);

-- As above. Params: @ServiceId, @ProviderId, @QueueId, @MaxCount. No result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('EvictStreamDeadLettersKey', $$
SELECT evict_stream_dead_letters(@ServiceId, @ProviderId, @QueueId, @MaxCount);
$$);
