using Azure.Storage.Blobs;
using Spotify.Media.Storage;
using Spotify.Testing;

namespace Spotify.Media.Tests.Storage;

/// <summary>The contract against Azurite (started by ./test.sh), each test in a container of its own.</summary>
public sealed class AzureBlobStoreTests : BlobStoreContractTests
{
    private readonly BlobContainerClient _container;

    public AzureBlobStoreTests()
    {
        _container = new BlobServiceClient(TestServices.BlobsConnectionString).GetBlobContainerClient($"media-test-{Guid.NewGuid():N}");
        Store = new AzureBlobStore(_container);
    }

    protected override IBlobStore Store { get; }

    public override Task InitializeAsync() => Task.CompletedTask;

    public override async Task DisposeAsync() => await _container.DeleteIfExistsAsync();

    [Fact]
    public async Task First_put_creates_the_container()
    {
        Assert.False(await _container.ExistsAsync());

        await Store.PutAsync("tracks/t1/v1/audio_96.ogg", new MemoryStream([1, 2, 3]), "audio/ogg");

        Assert.True(await _container.ExistsAsync());
    }
}
