using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Spotify.Contracts.Recommendations;
using Spotify.Recommendations;

namespace Spotify.Benchmarks.Micro;

/// <summary>
/// Scoring one recommendation request's candidates (three genres' top 200, favourite artists' and
/// co-played tracks: about 675) for a listener with a long history, with the baseline scorer.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Candidates = 675;

    private readonly BaselineScorer _scorer = new();
    private TasteProfile _profile = null!;
    private TrackCandidate[] _candidates = [];

    [Params(50, 2_000)]
    public int TracksInProfile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        _profile = new TasteProfile();
        for (var track = 0; track < TracksInProfile; track++)
        {
            _profile.Tracks[$"track-{track}"] = random.NextDouble() * 4 - 0.5;
        }
        for (var artist = 0; artist < TracksInProfile / 7 + 1; artist++)
        {
            _profile.Artists[$"artist-{artist}"] = random.NextDouble() * 6;
        }
        for (var genre = 0; genre < 20; genre++)
        {
            _profile.Genres[$"genre-{genre}"] = random.NextDouble() * 10;
        }
        _candidates = [.. Enumerable.Range(0, Candidates).Select(index => new TrackCandidate(
            $"track-{random.Next(TracksInProfile * 2)}",
            [$"artist-{random.Next(TracksInProfile / 5 + 1)}"],
            [$"genre-{random.Next(30)}", $"genre-{random.Next(30)}"],
            random.Next(101)))];
    }

    [Benchmark]
    public float ScoreCandidates()
    {
        var scoring = new CandidateScoring(_profile);
        var best = float.MinValue;
        foreach (var candidate in _candidates)
        {
            best = Math.Max(best, _scorer.Score(scoring.Features(candidate, coPlay: 0.2)));
        }
        return best;
    }
}
