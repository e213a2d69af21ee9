using Spotify.Contracts.Ids;
using Spotify.Contracts.Media;
using Spotify.Gateway.Links;

namespace Spotify.Gateway.Objects;

/// <summary>
/// What a player needs to play a track: signed, short-lived media URLs bound to the user (Ogg
/// renditions, lowest bit rate first, and the HLS master playlist), the URL of the key that decrypts
/// them, and when the media URLs stop working.
/// </summary>
/// <param name="Hls">The HLS master playlist; its variants, init sections and segments are relative URIs under the same signed prefix.</param>
/// <param name="Key">The track's 16-byte AES-128 key, for a user's token with the <c>streaming</c> scope.</param>
public sealed record PlaybackObject(
    string Id,
    string Uri,
    int DurationMs,
    LoudnessObject Loudness,
    IReadOnlyList<AudioRenditionObject> Renditions,
    string Hls,
    string Key,
    string ExpiresAt)
{
    public static PlaybackObject From(string trackId, TrackAudio audio, Func<string, SignedMediaUrl> sign, string keyUrl)
    {
        var renditions = audio.Renditions.OrderBy(rendition => rendition.BitrateKbps)
            .Select(rendition => (Rendition: rendition, Signed: sign(rendition.Path)))
            .ToList();
        var hls = sign(audio.HlsMasterPath);
        var expiresAt = renditions.Select(item => item.Signed.ExpiresAt).Append(hls.ExpiresAt).Min();
        return new PlaybackObject(
            trackId,
            SpotifyUri.Track(trackId),
            audio.DurationMs,
            new LoudnessObject(audio.LoudnessLufs, audio.TruePeakDb),
            [
                .. renditions.Select(item => new AudioRenditionObject(
                    item.Rendition.Codec, item.Rendition.BitrateKbps, item.Rendition.Bytes, item.Signed.Url, item.Rendition.InitialCounter)),
            ],
            hls.Url,
            keyUrl,
            Timestamps.Format(expiresAt));
    }
}
