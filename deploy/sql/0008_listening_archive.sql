-- Every accepted play, kept for training (Spotify.Recommendations.Archive.PostgresListeningArchive).
-- Partitioned by day of started_at, so old days can be detached or dropped whole. The partition of
-- a day is made by create_listening_events_partition the first time a play of that day arrives;
-- plays of a day without a partition would land in listening_events_default, never be lost.

CREATE TABLE listening_events (
    user_id text COLLATE "C" NOT NULL,
    event_id text COLLATE "C" NOT NULL,
    track_id text COLLATE "C" NOT NULL,
    album_id text COLLATE "C" NOT NULL,
    artist_ids text NOT NULL,              -- space-separated artist ids
    context_uri text NULL,
    started_at timestamptz NOT NULL,
    ms_played integer NOT NULL,
    reason_end smallint NOT NULL,          -- Spotify.Contracts.Listening.ReasonEnd
    shuffle boolean NOT NULL,
    -- The partition key must be part of the key; an event id is the same play only for the same start.
    PRIMARY KEY (user_id, event_id, started_at)
) PARTITION BY RANGE (started_at);

CREATE TABLE listening_events_default PARTITION OF listening_events DEFAULT;

CREATE FUNCTION create_listening_events_partition(day date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := 'listening_events_' || to_char(day, 'YYYYMMDD');
BEGIN
    IF to_regclass(partition_name) IS NULL THEN
        -- Two silos may create the same day at once; the loser's error is harmless.
        BEGIN
            EXECUTE format(
                'CREATE TABLE %I PARTITION OF listening_events FOR VALUES FROM (%L) TO (%L)',
                partition_name,
                to_char(day, 'YYYY-MM-DD') || ' 00:00:00+00',
                to_char(day + 1, 'YYYY-MM-DD') || ' 00:00:00+00');
        EXCEPTION WHEN duplicate_table THEN
            NULL;
        END;
    END IF;
END;
$$;
