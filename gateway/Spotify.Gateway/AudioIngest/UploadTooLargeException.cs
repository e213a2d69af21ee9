namespace Spotify.Gateway.AudioIngest;

/// <summary>An upload is longer than <see cref="AudioIngestOptions.MaxUploadBytes"/>.</summary>
public sealed class UploadTooLargeException(long maxBytes)
    : Exception($"The file is larger than the {maxBytes} bytes an upload may have.")
{
    public long MaxBytes { get; } = maxBytes;
}
