using System.Runtime.CompilerServices;
using System.Text.Json;
using Spotify.Contracts.Listening;

namespace Spotify.Recommendations.Archive;

/// <summary>
/// The Embedded profile's archive: one JSON line per play in a file per day of <c>started_at</c>
/// (<c>listening-2026-11-24.jsonl</c>), only ever appended to.
/// </summary>
public sealed class FileListeningArchive(string directory) : IListeningArchive, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _writing = new(1, 1);

    public string Directory { get; } = directory;

    public async Task AppendAsync(IReadOnlyCollection<ListeningEvent> events, CancellationToken cancellationToken = default)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            foreach (var day in events.GroupBy(play => DateOnly.FromDateTime(play.StartedAt.UtcDateTime)))
            {
                var lines = day.Select(play => JsonSerializer.Serialize(play, Json));
                await File.AppendAllLinesAsync(PathOf(day.Key), lines, cancellationToken);
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    public async IAsyncEnumerable<ListeningEvent> ReadAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var day = DateOnly.FromDateTime(from.UtcDateTime); day <= DateOnly.FromDateTime(to.UtcDateTime); day = day.AddDays(1))
        {
            var path = PathOf(day);
            if (!File.Exists(path))
            {
                continue;
            }
            var plays = new List<ListeningEvent>();
            await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
            {
                var play = JsonSerializer.Deserialize<ListeningEvent>(line, Json)
                    ?? throw new InvalidDataException($"{path} holds an empty line.");
                if (play.StartedAt >= from && play.StartedAt < to && seen.Add(play.EventId))
                {
                    plays.Add(play);
                }
            }
            foreach (var play in plays.OrderBy(play => play.StartedAt))
            {
                yield return play;
            }
        }
    }

    public void Dispose() => _writing.Dispose();

    private string PathOf(DateOnly day) => Path.Combine(Directory, $"listening-{day:yyyy-MM-dd}.jsonl");
}
