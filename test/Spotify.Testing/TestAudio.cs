using Spotify.Media.Tools;

namespace Spotify.Testing;

/// <summary>Audio made with the real ffmpeg, for uploads.</summary>
public static class TestAudio
{
    /// <summary>A stereo WAV of two tones and a little noise, <paramref name="seconds"/> long.</summary>
    public static async Task<byte[]> WavAsync(int seconds)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("spotify-upload-").FullName, "clip.wav");
        var length = $"sample_rate=44100:duration={seconds}";
        await MediaToolLocator.Locate().RunFfmpegAsync(
        [
            "-v", "error",
            "-f", "lavfi", "-i", $"sine=frequency=330:{length}",
            "-f", "lavfi", "-i", $"anoisesrc=color=pink:amplitude=0.2:{length}",
            "-filter_complex", "[0][1]amix=inputs=2,aformat=channel_layouts=stereo",
            "-c:a", "pcm_s16le", path,
        ]);
        var bytes = await File.ReadAllBytesAsync(path);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return bytes;
    }

    public static MultipartFormDataContent Upload(byte[] content, string fileName = "clip.wav", string partName = "file") =>
        new() { { new ByteArrayContent(content), partName, fileName } };
}
