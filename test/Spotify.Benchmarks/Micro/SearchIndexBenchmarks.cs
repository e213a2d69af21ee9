using BenchmarkDotNet.Attributes;
using Spotify.Benchmarks.Catalog;
using Spotify.Search;
using Spotify.Search.InMemory;

namespace Spotify.Benchmarks.Micro;

/// <summary>
/// The Embedded search index answering the kinds of query people type, over a generated catalog of
/// 100,000 tracks (the size the search benchmark's target is set at).
/// </summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    // Built once for all the query kinds: indexing 100,000 tracks takes seconds.
    private static (int Size, GeneratedCatalog Catalog, InMemorySearchIndex Index)? _indexed;

    private InMemorySearchIndex _index = null!;
    private SearchQuery _query = null!;

    [Params("whole title", "word prefix", "artist and title word", "genre and years", "misspelt word")]
    public string Kind { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        if (_indexed?.Size != MicroBenchmarks.SearchCatalogTracks)
        {
            var built = GeneratedCatalog.Build(MicroBenchmarks.SearchCatalogTracks);
            var fresh = new InMemorySearchIndex();
            fresh.IndexAsync(CatalogForms.SearchDocuments(built)).GetAwaiter().GetResult();
            _indexed = (MicroBenchmarks.SearchCatalogTracks, built, fresh);
        }
        var (_, catalog, index) = _indexed.Value;
        _index = index;
        var track = catalog.Artists[17].Albums[0].Tracks[0];
        var artist = catalog.Artists[17];
        var titleWord = track.Name.Split(' ')[0].ToLowerInvariant();
        var text = Kind switch
        {
            "whole title" => track.Name.ToLowerInvariant(),
            "word prefix" => titleWord[..Math.Min(3, titleWord.Length)],
            "artist and title word" => $"{artist.Name.Split(' ')[0]} {titleWord}",
            "genre and years" => $"genre:\"{artist.Genres[0]}\" year:2000-2010",
            _ => titleWord.Length < 4 ? titleWord + "x" : $"{titleWord[0]}{titleWord[2]}{titleWord[1]}{titleWord[3..]}",
        };
        if (!SearchQueryParser.TryParse(text, out _query, out var error))
        {
            throw new InvalidOperationException($"'{text}' does not parse: {error}");
        }
    }

    [Benchmark]
    public Task<SearchHits> Search() => _index.SearchAsync(_query, SearchItemType.Track, 0, 20);
}
