using Spotify.Search.InMemory;

namespace Spotify.Search.Tests;

public sealed class InMemorySearchIndexTests : SearchIndexContract, IDisposable
{
    private readonly InMemorySearchIndex _index = new();

    protected override Task<ISearchIndex> CreateEmptyIndexAsync() => Task.FromResult<ISearchIndex>(_index);

    public void Dispose() => _index.Dispose();
}
