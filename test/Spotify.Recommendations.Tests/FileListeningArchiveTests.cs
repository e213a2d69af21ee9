using Spotify.Contracts.Listening;
using Spotify.Recommendations.Archive;

namespace Spotify.Recommendations.Tests;

public sealed class FileListeningArchiveTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 23, 0, 0, TimeSpan.Zero);
    private readonly FileListeningArchive _archive = new(Path.Combine(Path.GetTempPath(), "spotify-archive-tests", Guid.NewGuid().ToString("N")));

    private static ListeningEvent Play(string id, DateTimeOffset startedAt) =>
        new(id, "user-1", "track-" + id, "album-1", ["artist-1"], 200_000, null, startedAt, 120_000, ReasonEnd.ForwardButton, Shuffle: false);

    [Fact]
    public async Task Plays_are_appended_to_a_file_per_day_and_read_back_once_each()
    {
        ListeningEvent[] plays = [Play("late", Monday.AddMinutes(90)), Play("early", Monday)];

        await _archive.AppendAsync(plays);
        await _archive.AppendAsync([plays[0]]);
        var read = await _archive.ReadAsync(Monday.AddHours(-1), Monday.AddHours(3)).ToListAsync();

        Assert.Equal(["early", "late"], read.Select(play => play.EventId));
        Assert.Equal(ReasonEnd.ForwardButton, read[0].ReasonEnd);
        Assert.True(File.Exists(Path.Combine(_archive.Directory, "listening-2026-11-23.jsonl")));
        Assert.True(File.Exists(Path.Combine(_archive.Directory, "listening-2026-11-24.jsonl")));
    }

    public void Dispose()
    {
        _archive.Dispose();
        if (Directory.Exists(_archive.Directory))
        {
            Directory.Delete(_archive.Directory, recursive: true);
        }
    }
}
