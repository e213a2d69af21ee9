using Microsoft.Extensions.Logging.Abstractions;
using Spotify.Contracts.Listening;
using Spotify.Hosting.Database;
using Spotify.Recommendations.Archive;
using Spotify.Testing;

namespace Spotify.Hosting.Tests;

/// <summary>The Cluster profile's archive of plays on the real PostgreSQL, with the project's schema.</summary>
public sealed class PostgresListeningArchiveTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 22, 30, 0, TimeSpan.Zero);
    private readonly TestDatabase _database = TestDatabase.CreateName("archive");
    private PostgresListeningArchive _archive = null!;

    public async Task InitializeAsync()
    {
        await new SchemaMigrator(_database.ConnectionString, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        _archive = new PostgresListeningArchive(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _archive.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static ListeningEvent Play(string id, DateTimeOffset startedAt, string? context = null) =>
        new(id, "user-1", "track-" + id, "album-1", ["artist-1", "artist-2"], 200_000, context, startedAt, 180_000, ReasonEnd.TrackDone, Shuffle: true);

    [Fact]
    public async Task Plays_are_kept_once_each_in_a_partition_per_day()
    {
        ListeningEvent[] plays = [Play("a", Monday), Play("b", Monday.AddHours(2), "spotify:album:1PiiyofAfu5rbvXWdSLD5Q")];

        await _archive.AppendAsync(plays);
        await _archive.AppendAsync(plays);
        var read = await _archive.ReadAsync(Monday.AddDays(-1), Monday.AddDays(2)).ToListAsync();

        Assert.Equal(["a", "b"], read.Select(play => play.EventId));
        Assert.Equal(plays[1].StartedAt, read[1].StartedAt);
        Assert.Equal<string>(["artist-1", "artist-2"], read[0].ArtistIds);
        Assert.Equal("spotify:album:1PiiyofAfu5rbvXWdSLD5Q", read[1].ContextUri);
        Assert.True(read[0].Shuffle);
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM listening_events_20261123"));
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM listening_events_20261124"));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM listening_events_default"));
    }
}
