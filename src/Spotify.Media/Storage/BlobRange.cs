namespace Spotify.Media.Storage;

/// <summary>Argument checks for the byte ranges of <see cref="IBlobStore.OpenReadAsync"/>.</summary>
internal static class BlobRange
{
    public static void Validate(long offset, long? length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (length is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(length));
        }
    }
}
