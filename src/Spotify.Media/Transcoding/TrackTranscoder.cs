using Spotify.Media.Analysis;
using Spotify.Media.Encryption;
using Spotify.Media.Hls;
using Spotify.Media.Tools;

namespace Spotify.Media.Transcoding;

/// <summary>
/// Turns an uploaded audio file into everything playback needs, encrypted with the track's content
/// key: <c>ogg/96.ogg</c>, <c>ogg/160.ogg</c>, <c>ogg/320.ogg</c> (AES-128-CTR) and an HLS ladder
/// under <c>hls/</c> (<c>master.m3u8</c>, then <c>{kbps}/index.m3u8</c>, <c>init.mp4</c> in clear and
/// <c>seg_00000.m4s</c>… in AES-128-CBC). Long CPU work: run it outside grains.
/// </summary>
public sealed class TrackTranscoder(MediaTools tools)
{
    public const string MasterPlaylistPath = "hls/master.m3u8";

    private const string OggDirectory = "ogg";
    private const string HlsDirectory = "hls";
    private const string ClearOggDirectory = ".clear-ogg";
    private const string HlsCodec = "aac";

    private readonly AudioProbe _probe = new(tools);

    /// <summary>
    /// Transcodes <paramref name="input"/> into <paramref name="outputDirectory"/>. On failure or
    /// cancellation the directory may hold part of the output: the caller deletes it.
    /// </summary>
    /// <param name="keyUri">The key URI written into the media playlists, such as <c>/v1/tracks/{id}/key</c>.</param>
    /// <param name="progress">Fraction done, from 0 to 1.</param>
    /// <exception cref="UnsupportedAudioException">The input is not audio ffprobe can read.</exception>
    /// <exception cref="ToolFailedException">ffmpeg failed on the input.</exception>
    public async Task<TranscodedTrack> TranscodeAsync(
        string input,
        string outputDirectory,
        ContentKey key,
        string keyUri,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var source = await _probe.ProbeAsync(input, cancellationToken);
        var clearOgg = Path.Combine(outputDirectory, ClearOggDirectory);
        var shares = new ProgressShares(progress, parts: 2);
        using var stopBoth = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ogg = CancelOtherOnFailureAsync(
            token => new OggLadder(tools).EncodeAsync(input, clearOgg, source.Duration, shares.Part(0), token), stopBoth);
        var hls = CancelOtherOnFailureAsync(
            token => new HlsLadder(tools).PackageAsync(input, Path.Combine(outputDirectory, HlsDirectory), source.Duration, shares.Part(1), token), stopBoth);
        await Task.WhenAll(ogg, hls);

        var files = new ProducedFiles(outputDirectory);
        var oggDirectory = Directory.CreateDirectory(Path.Combine(outputDirectory, OggDirectory)).FullName;
        var oggRenditions = new List<OggRendition>();
        foreach (var clear in await ogg)
        {
            oggRenditions.Add(await EncryptOggAsync(clear, oggDirectory, key, files, cancellationToken));
        }
        Directory.Delete(clearOgg, recursive: true);

        var hlsRenditions = new List<HlsRendition>();
        foreach (var clear in await hls)
        {
            hlsRenditions.Add(await EncryptHlsAsync(clear, key, keyUri, files, cancellationToken));
        }
        var master = Path.Combine(outputDirectory, MasterPlaylistPath);
        await File.WriteAllTextAsync(master, MasterPlaylistOf(hlsRenditions).ToM3u8(), cancellationToken);
        files.Add(master);

        progress?.Report(1);
        return new TranscodedTrack(source, oggRenditions, MasterPlaylistPath, hlsRenditions, files.All);
    }

    private static async Task<T> CancelOtherOnFailureAsync<T>(Func<CancellationToken, Task<T>> run, CancellationTokenSource stopBoth)
    {
        try
        {
            return await run(stopBoth.Token);
        }
        catch
        {
            await stopBoth.CancelAsync();
            throw;
        }
    }

    private async Task<OggRendition> EncryptOggAsync(
        LadderOutput clear, string oggDirectory, ContentKey key, ProducedFiles files, CancellationToken cancellationToken)
    {
        var encoded = await _probe.ProbeAsync(clear.Path, cancellationToken);
        var path = Path.Combine(oggDirectory, Path.GetFileName(clear.Path));
        var initialCounter = AesCtrCipher.NewInitialCounter();
        using (var cipher = new AesCtrCipher(key, initialCounter))
        {
            await cipher.EncryptFileAsync(clear.Path, path, cancellationToken);
        }
        var file = files.Add(path);
        return new OggRendition(
            file.RelativePath,
            encoded.Codec,
            clear.NominalBitRate,
            encoded.BitRate ?? (long)(file.Length * 8 / encoded.Duration.TotalSeconds),
            encoded.Duration,
            Convert.ToHexStringLower(initialCounter));
    }

    private static async Task<HlsRendition> EncryptHlsAsync(
        LadderOutput clear, ContentKey key, string keyUri, ProducedFiles files, CancellationToken cancellationToken)
    {
        var playlist = await HlsVariantEncryption.EncryptAsync(clear.Path, key, keyUri, cancellationToken);
        var directory = Path.GetDirectoryName(clear.Path)!;
        var playlistFile = files.Add(clear.Path);
        if (playlist.MapUri is { } init)
        {
            files.Add(Path.Combine(directory, init));
        }
        var segments = playlist.Segments
            .Select(segment => (files.Add(Path.Combine(directory, segment.Uri)).Length, segment.Duration))
            .ToList();
        return new HlsRendition(
            playlistFile.RelativePath,
            HlsCodec,
            clear.NominalBitRate,
            MeasuredBitRate: SegmentBitRates.Average(segments),
            PeakBitRate: SegmentBitRates.Peak(segments, playlist.TargetDuration),
            playlist.Duration);
    }

    private static MasterPlaylist MasterPlaylistOf(IEnumerable<HlsRendition> renditions) =>
        new([
            .. renditions.Select(rendition => new HlsVariant(
                // Relative to the master playlist, which is in hls/.
                rendition.PlaylistPath[(HlsDirectory.Length + 1)..],
                rendition.PeakBitRate,
                rendition.MeasuredBitRate,
                HlsLadder.Codecs)),
        ]);
}
