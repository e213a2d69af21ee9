using Spotify.Media.Analysis;
using Spotify.Media.Encryption;
using Spotify.Media.Signing;
using Spotify.Media.Storage;
using Spotify.Media.Tools;
using Spotify.Media.Transcoding;

namespace Spotify.Media.Publishing;

/// <summary>
/// Builds one version of a track's audio in the blob store: measures its loudness, transcodes and
/// encrypts it (<see cref="TrackTranscoder"/>) in a scratch folder, then uploads every file under
/// <c>tracks/{trackId}/{version}/</c>. Nothing points at the version until the caller publishes it,
/// so a failed build leaves nothing visible; it also removes whatever it uploaded.
/// </summary>
public sealed class TrackVersionBuilder(MediaTools tools, IBlobStore store)
{
    private const int ParallelUploads = 4;
    private const double MeasuringShare = 0.1;
    private const double TranscodingShare = 0.8;

    /// <param name="keyUri">The key URI written into the HLS media playlists.</param>
    /// <param name="progress">Fraction done, from 0 to 1.</param>
    /// <exception cref="UnsupportedAudioException">The input is not audio ffprobe can read.</exception>
    /// <exception cref="ToolFailedException">ffmpeg failed on the input.</exception>
    public async Task<BuiltTrackVersion> BuildAsync(
        string input,
        string trackId,
        string version,
        ContentKey key,
        string keyUri,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var folder = BlobPath.Validate($"{TrackFileLocation.TracksFolder}/{trackId}/{version}", nameof(version));
        var scratch = Directory.CreateTempSubdirectory("spotify-transcode-");
        try
        {
            var source = await new AudioProbe(tools).ProbeAsync(input, cancellationToken);
            var loudness = await new LoudnessMeter(tools).MeasureAsync(
                input, source.Duration, Scaled(progress, 0, MeasuringShare), cancellationToken);
            var transcoded = await new TrackTranscoder(tools).TranscodeAsync(
                input, scratch.FullName, key, keyUri, Scaled(progress, MeasuringShare, TranscodingShare), cancellationToken);

            // A retried build may find a previous attempt's files: start the folder afresh.
            await store.DeleteFolderAsync(folder, cancellationToken);
            await UploadAsync(scratch.FullName, transcoded.Files, folder, Scaled(progress, MeasuringShare + TranscodingShare, 1 - MeasuringShare - TranscodingShare), cancellationToken);
            progress?.Report(1);
            return BuiltVersionOf(folder, version, source, loudness, transcoded);
        }
        catch
        {
            // Even when the build was cancelled, what it uploaded must go.
            await store.DeleteFolderAsync(folder, CancellationToken.None);
            throw;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private async Task UploadAsync(
        string scratch, IReadOnlyList<ProducedFile> files, string folder, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var uploaded = 0;
        await Parallel.ForEachAsync(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelUploads, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                await using (var content = File.OpenRead(Path.Combine(scratch, file.RelativePath)))
                {
                    await store.PutAsync($"{folder}/{file.RelativePath}", content, file.ContentType, token);
                }
                // Counted and reported under a lock so that the fractions arrive in order.
                lock (files)
                {
                    uploaded++;
                    progress?.Report((double)uploaded / files.Count);
                }
            });
    }

    private static BuiltTrackVersion BuiltVersionOf(
        string folder, string version, ProbedAudio source, LoudnessMeasurement loudness, TranscodedTrack transcoded)
    {
        var lengths = transcoded.Files.ToDictionary(file => file.RelativePath, file => file.Length);
        return new BuiltTrackVersion(
            version,
            source.Duration,
            loudness,
            [
                .. transcoded.Ogg.Select(rendition => new BuiltRendition(
                    rendition.Codec,
                    rendition.NominalBitRate / 1000,
                    $"{folder}/{rendition.RelativePath}",
                    lengths[rendition.RelativePath],
                    rendition.InitialCounter)),
            ],
            $"{folder}/{transcoded.MasterPlaylistPath}");
    }

    private static IProgress<double>? Scaled(IProgress<double>? progress, double start, double share) =>
        progress is null ? null : new ScaledProgress(fraction => progress.Report(start + share * fraction));

    private sealed class ScaledProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
