using Spotify.Media.Encryption;

namespace Spotify.Media.Tests.Encryption;

public sealed class ContentKeyTests
{
    [Fact]
    public void Generated_keys_are_16_random_bytes()
    {
        var first = ContentKey.Generate();
        var second = ContentKey.Generate();

        Assert.Equal(16, first.Bytes.Length);
        Assert.NotEqual(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void A_key_survives_a_round_trip_through_its_bytes_and_is_not_changed_by_them()
    {
        var key = ContentKey.Generate();
        var bytes = key.ToArray();

        var restored = ContentKey.FromBytes(bytes);
        bytes[0] ^= 0xff;

        Assert.Equal(key.ToArray(), restored.ToArray());
    }

    [Fact]
    public void Printing_a_key_does_not_show_it()
    {
        var key = ContentKey.Generate();

        Assert.DoesNotContain(Convert.ToHexString(key.Bytes), key.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(key.Bytes), key.ToString());
    }

    [Fact]
    public void A_key_of_another_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ContentKey.FromBytes(new byte[32]));
    }
}
