using System.Security.Cryptography;
using Spotify.Media.Storage;

namespace Spotify.Media.Tests.Storage;

/// <summary>What every <see cref="IBlobStore"/> must do; one subclass per implementation.</summary>
public abstract class BlobStoreContractTests : IAsyncLifetime
{
    private const string Folder = "tracks/4uLU6hMCjMI75M1A2tKUQC/v1";
    private const string SegmentType = "audio/mp4";

    private static readonly byte[] Sample = RandomNumberGenerator.GetBytes(1000);

    protected abstract IBlobStore Store { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Put_blob_is_described_by_its_properties()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        var put = await Store.PutAsync($"{Folder}/hls/64/seg_00001.m4s", new MemoryStream(Sample), SegmentType);

        var properties = await Store.GetPropertiesAsync($"{Folder}/hls/64/seg_00001.m4s");

        Assert.NotNull(properties);
        Assert.Equal(put, properties);
        Assert.Equal($"{Folder}/hls/64/seg_00001.m4s", properties.Path);
        Assert.Equal(Sample.Length, properties.Length);
        Assert.Equal(SegmentType, properties.ContentType);
        Assert.Matches("^\"[^\"]+\"$", properties.ETag);
        Assert.InRange(properties.LastModified, before, DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.True(await Store.ExistsAsync($"{Folder}/hls/64/seg_00001.m4s"));
    }

    [Fact]
    public async Task Put_blob_reads_back_whole()
    {
        await Store.PutAsync($"{Folder}/audio.ogg", new MemoryStream(Sample), "audio/ogg");

        Assert.Equal(Sample, await ReadAsync($"{Folder}/audio.ogg", 0, null));
    }

    [Fact]
    public async Task Blob_can_be_put_from_a_stream_that_cannot_seek()
    {
        await Store.PutAsync($"{Folder}/audio.ogg", new NonSeekableStream(Sample), "audio/ogg");

        Assert.Equal(Sample, await ReadAsync($"{Folder}/audio.ogg", 0, null));
        Assert.Equal(Sample.Length, (await Store.GetPropertiesAsync($"{Folder}/audio.ogg"))?.Length);
    }

    [Theory]
    [InlineData(0, 10L, 0, 10)]        // start
    [InlineData(400, 100L, 400, 100)]  // middle
    [InlineData(990, 10L, 990, 10)]    // end
    [InlineData(990, 500L, 990, 10)]   // reaching past the end: cut at the end
    [InlineData(300, null, 300, 700)]  // to the end
    [InlineData(1000, 10L, 0, 0)]      // starting at the end
    [InlineData(5000, null, 0, 0)]     // starting past the end
    [InlineData(10, 0L, 0, 0)]         // empty
    public async Task Range_read_returns_the_bytes_of_that_range(long offset, long? length, int expectedStart, int expectedCount)
    {
        await Store.PutAsync($"{Folder}/audio.ogg", new MemoryStream(Sample), "audio/ogg");

        var bytes = await ReadAsync($"{Folder}/audio.ogg", offset, length);

        Assert.Equal(Sample.AsSpan(expectedStart, expectedCount).ToArray(), bytes);
    }

    [Fact]
    public async Task Large_blob_read_in_ranges_equals_the_source()
    {
        var source = RandomNumberGenerator.GetBytes(5 * 1024 * 1024 + 12345);
        await Store.PutAsync($"{Folder}/audio_320.ogg", new MemoryStream(source), "audio/ogg");

        const int RangeSize = 512 * 1024;
        var reassembled = new MemoryStream();
        for (long offset = 0; offset < source.Length; offset += RangeSize)
        {
            var range = await ReadAsync($"{Folder}/audio_320.ogg", offset, RangeSize);
            Assert.Equal(Math.Min(RangeSize, source.Length - offset), range.Length);
            reassembled.Write(range);
        }

        Assert.Equal(source, reassembled.ToArray());
        Assert.Equal(source, await ReadAsync($"{Folder}/audio_320.ogg", 0, null));
    }

    [Fact]
    public async Task Missing_blob_has_no_properties_and_cannot_be_read_or_deleted()
    {
        await Store.PutAsync($"{Folder}/present.ogg", new MemoryStream(Sample), "audio/ogg");

        Assert.Null(await Store.GetPropertiesAsync($"{Folder}/missing.ogg"));
        Assert.False(await Store.ExistsAsync($"{Folder}/missing.ogg"));
        Assert.False(await Store.DeleteAsync($"{Folder}/missing.ogg"));
        var missing = await Assert.ThrowsAsync<BlobNotFoundException>(() => Store.OpenReadAsync($"{Folder}/missing.ogg", 0, 10));
        Assert.Equal($"{Folder}/missing.ogg", missing.Path);
        await Assert.ThrowsAsync<BlobNotFoundException>(() => Store.OpenReadAsync($"{Folder}/missing.ogg", 0, 0));
    }

    [Fact]
    public async Task Store_that_never_stored_anything_finds_nothing()
    {
        Assert.Null(await Store.GetPropertiesAsync($"{Folder}/audio.ogg"));
        Assert.False(await Store.ExistsAsync($"{Folder}/audio.ogg"));
        Assert.Empty(await Store.ListAsync(Folder).ToListAsync());
        Assert.Equal(0, await Store.DeleteFolderAsync(Folder));
        await Assert.ThrowsAsync<BlobNotFoundException>(() => Store.OpenReadAsync($"{Folder}/audio.ogg", 0, null));
    }

    [Fact]
    public async Task Put_over_a_blob_replaces_its_content_and_properties()
    {
        var first = await Store.PutAsync($"{Folder}/hls/master.m3u8", new MemoryStream(Sample), "application/octet-stream");
        var replacement = RandomNumberGenerator.GetBytes(300);

        var second = await Store.PutAsync($"{Folder}/hls/master.m3u8", new MemoryStream(replacement), "application/vnd.apple.mpegurl");

        Assert.Equal(replacement, await ReadAsync($"{Folder}/hls/master.m3u8", 0, null));
        Assert.Equal(300, second.Length);
        Assert.Equal("application/vnd.apple.mpegurl", second.ContentType);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(second, await Store.GetPropertiesAsync($"{Folder}/hls/master.m3u8"));
    }

    [Fact]
    public async Task Folder_lists_every_blob_under_it_in_path_order_and_nothing_else()
    {
        string[] inside = [$"{Folder}/hls/64/seg_00002.m4s", $"{Folder}/audio_96.ogg", $"{Folder}/hls/64/seg_00001.m4s", $"{Folder}/hls/master.m3u8"];
        string[] outside = [$"{Folder}0/audio_96.ogg", "tracks/4uLU6hMCjMI75M1A2tKUQC/v1.ogg", "tracks/other/v1/audio_96.ogg"];
        foreach (var path in inside.Concat(outside))
        {
            await Store.PutAsync(path, new MemoryStream(Sample), "audio/mp4");
        }

        var listed = await Store.ListAsync(Folder).ToListAsync();

        Assert.Equal(inside.Order(StringComparer.Ordinal), listed.Select(blob => blob.Path));
        Assert.All(listed, blob => Assert.Equal(Sample.Length, blob.Length));
        Assert.All(listed, blob => Assert.Equal("audio/mp4", blob.ContentType));
        Assert.Equal(
            await Task.WhenAll(listed.Select(blob => Store.GetPropertiesAsync(blob.Path))),
            listed);
        Assert.Equal(3, await Store.ListAsync($"{Folder}/hls").CountAsync());
    }

    [Fact]
    public async Task Deleting_a_folder_removes_its_blobs_and_leaves_its_neighbours()
    {
        string[] inside = [$"{Folder}/audio_96.ogg", $"{Folder}/hls/64/seg_00001.m4s", $"{Folder}/hls/master.m3u8"];
        var neighbour = $"{Folder}0/audio_96.ogg";
        foreach (var path in inside.Append(neighbour))
        {
            await Store.PutAsync(path, new MemoryStream(Sample), "audio/mp4");
        }

        var deleted = await Store.DeleteFolderAsync(Folder);

        Assert.Equal(3, deleted);
        Assert.Empty(await Store.ListAsync(Folder).ToListAsync());
        foreach (var path in inside)
        {
            Assert.False(await Store.ExistsAsync(path));
        }
        Assert.True(await Store.ExistsAsync(neighbour));
        Assert.Equal(0, await Store.DeleteFolderAsync(Folder));
    }

    [Fact]
    public async Task Deleted_blob_is_gone()
    {
        await Store.PutAsync($"{Folder}/audio.ogg", new MemoryStream(Sample), "audio/ogg");

        Assert.True(await Store.DeleteAsync($"{Folder}/audio.ogg"));

        Assert.False(await Store.ExistsAsync($"{Folder}/audio.ogg"));
        Assert.Null(await Store.GetPropertiesAsync($"{Folder}/audio.ogg"));
        Assert.Empty(await Store.ListAsync(Folder).ToListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/tracks/a/v1/audio.ogg")]
    [InlineData("tracks/a/v1/")]
    [InlineData("tracks//v1/audio.ogg")]
    [InlineData("tracks/a/../../secret")]
    [InlineData("..")]
    [InlineData("tracks/./a")]
    [InlineData("tracks\\a\\v1")]
    [InlineData("tracks/.hidden")]
    [InlineData("tracks/a b")]
    [InlineData("tracks/a?b")]
    [InlineData("tracks/a%2Fb")]
    [InlineData("C:/tracks")]
    public async Task Invalid_path_is_rejected_by_every_operation(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(path, new MemoryStream(Sample), "audio/ogg"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetPropertiesAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(path, 0, null));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ExistsAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteFolderAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(async () => await Store.ListAsync(path).ToListAsync());
    }

    [Fact]
    public async Task Negative_range_is_rejected()
    {
        await Store.PutAsync($"{Folder}/audio.ogg", new MemoryStream(Sample), "audio/ogg");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.OpenReadAsync($"{Folder}/audio.ogg", -1, null));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.OpenReadAsync($"{Folder}/audio.ogg", 0, -1));
    }

    private async Task<byte[]> ReadAsync(string path, long offset, long? length)
    {
        await using var stream = await Store.OpenReadAsync(path, offset, length);
        var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
