using System.Runtime.CompilerServices;
using Npgsql;
using Spotify.Contracts.Listening;

namespace Spotify.Recommendations.Archive;

/// <summary>
/// The Cluster profile's archive: the <c>listening_events</c> table of
/// <c>deploy/sql/0008_listening_archive.sql</c>, partitioned by day of <c>started_at</c>. The
/// partition of a day is created the first time a play of that day arrives.
/// </summary>
public sealed class PostgresListeningArchive(string connectionString) : IListeningArchive, IAsyncDisposable
{
    private const string Insert = """
        INSERT INTO listening_events
            (user_id, event_id, track_id, album_id, artist_ids, context_uri, started_at, ms_played, reason_end, shuffle)
        SELECT * FROM unnest(@users, @events, @tracks, @albums, @artists::text[], @contexts, @starts, @played, @reasons, @shuffles)
            AS batch (user_id, event_id, track_id, album_id, artist_ids, context_uri, started_at, ms_played, reason_end, shuffle)
        ON CONFLICT (user_id, event_id, started_at) DO NOTHING
        """;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly HashSet<DateOnly> _partitions = [];

    public async Task AppendAsync(IReadOnlyCollection<ListeningEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return;
        }
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var day in events.Select(play => DateOnly.FromDateTime(play.StartedAt.UtcDateTime)).Distinct())
        {
            await EnsurePartitionAsync(connection, day, cancellationToken);
        }
        await using var insert = new NpgsqlCommand(Insert, connection);
        insert.Parameters.Add(new NpgsqlParameter<string[]>("users", [.. events.Select(play => play.UserId)]));
        insert.Parameters.Add(new NpgsqlParameter<string[]>("events", [.. events.Select(play => play.EventId)]));
        insert.Parameters.Add(new NpgsqlParameter<string[]>("tracks", [.. events.Select(play => play.TrackId)]));
        insert.Parameters.Add(new NpgsqlParameter<string[]>("albums", [.. events.Select(play => play.AlbumId)]));
        // One text per event ("id1 id2"): PostgreSQL arrays cannot be ragged.
        insert.Parameters.Add(new NpgsqlParameter<string[]>("artists", [.. events.Select(play => string.Join(' ', play.ArtistIds))]));
        insert.Parameters.Add(new NpgsqlParameter<string?[]>("contexts", [.. events.Select(play => play.ContextUri)]));
        insert.Parameters.Add(new NpgsqlParameter<DateTime[]>("starts", [.. events.Select(play => play.StartedAt.UtcDateTime)]));
        insert.Parameters.Add(new NpgsqlParameter<int[]>("played", [.. events.Select(play => play.MsPlayed)]));
        insert.Parameters.Add(new NpgsqlParameter<short[]>("reasons", [.. events.Select(play => (short)play.ReasonEnd)]));
        insert.Parameters.Add(new NpgsqlParameter<bool[]>("shuffles", [.. events.Select(play => play.Shuffle)]));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async IAsyncEnumerable<ListeningEvent> ReadAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT user_id, event_id, track_id, album_id, artist_ids, context_uri, started_at, ms_played, reason_end, shuffle
            FROM listening_events WHERE started_at >= @from AND started_at < @to ORDER BY started_at, user_id, event_id
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("from", from.UtcDateTime));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("to", to.UtcDateTime));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ListeningEvent(
                EventId: reader.GetString(1),
                UserId: reader.GetString(0),
                TrackId: reader.GetString(2),
                AlbumId: reader.GetString(3),
                ArtistIds: [.. reader.GetString(4).Split(' ', StringSplitOptions.RemoveEmptyEntries)],
                TrackDurationMs: 0,
                ContextUri: reader.IsDBNull(5) ? null : reader.GetString(5),
                StartedAt: new DateTimeOffset(reader.GetDateTime(6), TimeSpan.Zero),
                MsPlayed: reader.GetInt32(7),
                ReasonEnd: (ReasonEnd)reader.GetInt16(8),
                Shuffle: reader.GetBoolean(9));
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task EnsurePartitionAsync(NpgsqlConnection connection, DateOnly day, CancellationToken cancellationToken)
    {
        lock (_partitions)
        {
            if (_partitions.Contains(day))
            {
                return;
            }
        }
        await using var create = new NpgsqlCommand("SELECT create_listening_events_partition(@day)", connection);
        create.Parameters.Add(new NpgsqlParameter<DateOnly>("day", day));
        await create.ExecuteNonQueryAsync(cancellationToken);
        lock (_partitions)
        {
            _partitions.Add(day);
        }
    }
}
