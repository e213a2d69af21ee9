using Spotify.Search.Postgres;

namespace Spotify.Search.Tests;

public sealed class PostgresSearchIndexTests(PostgresSearchDatabase database)
    : SearchIndexContract, IClassFixture<PostgresSearchDatabase>, IAsyncLifetime
{
    private PostgresSearchIndex? _index;

    protected override async Task<ISearchIndex> CreateEmptyIndexAsync()
    {
        await database.TruncateAsync();
        return _index = new PostgresSearchIndex(database.ConnectionString);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_index is not null)
        {
            await _index.DisposeAsync();
        }
    }
}
