using Microsoft.Extensions.Options;
using Spotify.Contracts.Ids;

namespace Spotify.Gateway.AudioIngest;

/// <summary>
/// The folder where uploads wait for their jobs: <c>{StagingDirectory}/{jobId}/{trackId}{extension}</c>,
/// one folder per job, so that a restarted gateway finds its unfinished jobs again.
/// </summary>
public sealed class AudioStaging(IOptions<AudioIngestOptions> options)
{
    private const int MaxExtensionLength = 8;

    private readonly string _directory = Path.GetFullPath(options.Value.StagingDirectory);

    /// <summary>Copies <paramref name="content"/> into a new job's folder.</summary>
    /// <param name="fileName">The upload's file name; only its extension is kept, as a hint for the tag reader.</param>
    /// <exception cref="UploadTooLargeException">The content is longer than <paramref name="maxBytes"/>; nothing is kept.</exception>
    public async Task<StagedAudio> StageAsync(
        string jobId, string trackId, string? fileName, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var staged = new StagedAudio(jobId, trackId, Path.Combine(_directory, jobId, trackId + ExtensionOf(fileName)));
        Directory.CreateDirectory(Path.GetDirectoryName(staged.FilePath)!);
        try
        {
            await using var file = File.Create(staged.FilePath);
            await CopyAtMostAsync(content, file, maxBytes, cancellationToken);
        }
        catch
        {
            Remove(staged);
            throw;
        }
        return staged;
    }

    /// <summary>Every staged upload, in no particular order.</summary>
    public IEnumerable<StagedAudio> List()
    {
        if (!Directory.Exists(_directory))
        {
            yield break;
        }
        foreach (var jobDirectory in Directory.EnumerateDirectories(_directory))
        {
            var jobId = Path.GetFileName(jobDirectory);
            var file = Directory.EnumerateFiles(jobDirectory).FirstOrDefault();
            if (SpotifyId.IsValid(jobId) && file is not null && SpotifyId.IsValid(Path.GetFileNameWithoutExtension(file)))
            {
                yield return new StagedAudio(jobId, Path.GetFileNameWithoutExtension(file), file);
            }
        }
    }

    public void Remove(StagedAudio staged)
    {
        var jobDirectory = Path.GetDirectoryName(staged.FilePath)!;
        if (Directory.Exists(jobDirectory))
        {
            Directory.Delete(jobDirectory, recursive: true);
        }
    }

    private static string ExtensionOf(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return extension.Length is > 1 and <= MaxExtensionLength && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension : "";
    }

    private static async Task CopyAtMostAsync(Stream source, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            copied += read;
            if (copied > maxBytes)
            {
                throw new UploadTooLargeException(maxBytes);
            }
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
