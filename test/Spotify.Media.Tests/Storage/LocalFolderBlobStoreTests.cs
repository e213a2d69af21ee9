using System.Security.Cryptography;
using Spotify.Media.Storage;

namespace Spotify.Media.Tests.Storage;

public sealed class LocalFolderBlobStoreTests : BlobStoreContractTests
{
    private readonly string _root;

    public LocalFolderBlobStoreTests()
    {
        _root = Directory.CreateTempSubdirectory("spotify-blobs-").FullName;
        Store = new LocalFolderBlobStore(_root);
    }

    protected override IBlobStore Store { get; }

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Blob_is_a_plain_file_at_its_path_and_no_temporary_file_is_left()
    {
        var content = RandomNumberGenerator.GetBytes(2000);

        await Store.PutAsync("tracks/t1/v1/audio_96.ogg", new MemoryStream(content), "audio/ogg");

        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(_root, "tracks", "t1", "v1", "audio_96.ogg")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, ".tmp")));
    }

    [Fact]
    public async Task Properties_are_the_same_for_a_new_store_over_the_same_folder()
    {
        var put = await new LocalFolderBlobStore(_root).PutAsync("tracks/t1/v1/audio_96.ogg", new MemoryStream([1, 2, 3]), "audio/ogg");

        var afterRestart = await new LocalFolderBlobStore(_root).GetPropertiesAsync("tracks/t1/v1/audio_96.ogg");

        Assert.Equal(put, afterRestart);
    }

    [Fact]
    public async Task File_copied_into_the_folder_by_hand_is_a_blob_of_the_default_type()
    {
        Directory.CreateDirectory(Path.Combine(_root, "tracks", "t1", "v1"));
        await File.WriteAllBytesAsync(Path.Combine(_root, "tracks", "t1", "v1", "cover.jpg"), [1, 2, 3]);

        var blob = await Store.GetPropertiesAsync("tracks/t1/v1/cover.jpg");

        Assert.Equal("application/octet-stream", blob?.ContentType);
        Assert.Equal(3, blob?.Length);
    }
}
