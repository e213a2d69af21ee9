using Microsoft.Extensions.Options;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Media;
using Spotify.Gateway.Ingest;
using Spotify.Media.Analysis;

namespace Spotify.Gateway.AudioIngest;

/// <summary>
/// Bulk ingest: every file in a folder under <see cref="AudioIngestOptions.ImportRoot"/> becomes a
/// job for the catalog track it belongs to, found by the ISRC in the file's tags, else by its name
/// (a track id or an ISRC, such as <c>USRC17607839.flac</c>). Files that match no track, or are not
/// audio, are reported and left alone.
/// </summary>
public sealed class AudioFolderImport(
    IGrainFactory grains, AudioStaging staging, AudioJobs jobs, IOptions<AudioIngestOptions> options)
{
    public const int MaxFiles = 1000;

    /// <exception cref="AudioImportRefusedException">Bulk import is off, or the folder is outside the root, missing or too large.</exception>
    public async Task<AudioImportResult> ImportAsync(string? directory, CancellationToken cancellationToken)
    {
        var folder = FolderUnderRoot(directory);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Take(MaxFiles + 1)
            .ToList();
        if (files.Count > MaxFiles)
        {
            throw new AudioImportRefusedException($"'{directory}' holds more than {MaxFiles} files: import its sub-folders one by one.");
        }

        var queued = new List<(string File, AudioJob Job)>();
        var skipped = new List<(string File, string Reason)>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (await TrackOfAsync(file) is not { } trackId)
            {
                skipped.Add((name, "No catalog track has the ISRC in its tags, or the track id or ISRC its name gives"));
                continue;
            }
            await using var content = File.OpenRead(file);
            var staged = await staging.StageAsync(
                AudioJobs.NewJobId(), trackId, Path.GetFileName(file), content, options.Value.MaxUploadBytes, cancellationToken);
            var (job, notAudio) = await jobs.SubmitAsync(staged, cancellationToken);
            if (job is null)
            {
                skipped.Add((name, $"Not audio that can be transcoded: {notAudio}"));
            }
            else
            {
                queued.Add((name, job));
            }
        }
        return new AudioImportResult(queued, skipped);
    }

    private string FolderUnderRoot(string? directory)
    {
        if (options.Value.ImportRoot is not { Length: > 0 } configuredRoot)
        {
            throw new AudioImportRefusedException($"Bulk import is off: set {AudioIngestOptions.Section}:ImportRoot to the folder it may read.");
        }
        var root = Path.GetFullPath(configuredRoot);
        var folder = Path.GetFullPath(Path.Combine(root, directory ?? ""));
        if (folder != root && !folder.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new AudioImportRefusedException($"'{directory}' is not inside the import root.");
        }
        return Directory.Exists(folder) ? folder : throw new AudioImportRefusedException($"There is no folder '{directory}' in the import root.");
    }

    private async Task<string?> TrackOfAsync(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        IEnumerable<string> candidates =
        [
            .. AudioTagReader.Read(file).Isrc is { } tagged ? [Isrc.TrackId(Isrc.Normalize(tagged))] : Array.Empty<string>(),
            .. SpotifyId.IsValid(stem) ? [stem] : Array.Empty<string>(),
            Isrc.TrackId(Isrc.Normalize(stem)),
        ];
        foreach (var trackId in candidates.Distinct())
        {
            if (SpotifyId.IsValid(trackId) && await grains.GetGrain<ITrackGrain>(trackId).GetAsync() is not null)
            {
                return trackId;
            }
        }
        return null;
    }
}
