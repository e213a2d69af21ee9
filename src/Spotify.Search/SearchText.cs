using System.Globalization;
using System.Text;

namespace Spotify.Search;

/// <summary>
/// Turns text into the words the index compares: lower case, accents removed ("Beyoncé" is
/// "beyonce"), apostrophes dropped ("Don't" is "dont"), split at anything that is not a letter or
/// digit. Documents and queries go through the same code, so both engines see the same words.
/// Accents are folded with tables of our own rather than Unicode normalisation, which the
/// invariant globalisation mode the hosts run in does not provide.
/// </summary>
public static class SearchText
{
    // The unaccented lower-case letter of each character from U+00C0 to U+024F, and from U+1E00
    // to U+1EFF ('.' where there is none), taken from the characters' canonical decompositions.
    private const string LatinAccented =
        "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeee" +
        "gggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyy" +
        "zzzzzz.................................oo.............uu............................aaiioouuu" +
        "uuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooy" +
        "y............................";

    private const string LatinAccentedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrr" +
        "rrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeee" +
        "eeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    /// <summary>Longer words are cut to this length; no real title word is longer.</summary>
    public const int MaxWordLength = 64;

    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                AppendFolded(word, character);
            }
            else if (!IsSilent(character))
            {
                Flush(word, words);
            }
        }
        Flush(word, words);
        return words;
    }

    /// <summary>The words of <paramref name="text"/> joined by single spaces.</summary>
    public static string Key(string? text) => string.Join(' ', Words(text));

    private static bool IsSilent(char character) =>
        CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark
        || character is '\'' or '\u2019';

    private static void AppendFolded(StringBuilder word, char character)
    {
        var lower = Unaccented(char.ToLowerInvariant(character));
        // Letters that Unicode does not decompose into a base letter and an accent.
        var folded = lower switch
        {
            'ø' => "o",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ł' => "l",
            'đ' or 'ð' => "d",
            'þ' => "th",
            'ı' => "i",
            _ => null,
        };
        if (word.Length + (folded?.Length ?? 1) > MaxWordLength)
        {
            return;
        }
        if (folded is null)
        {
            word.Append(lower);
        }
        else
        {
            word.Append(folded);
        }
    }

    private static char Unaccented(char character)
    {
        var letter = character switch
        {
            >= '\u00C0' and <= '\u024F' => LatinAccented[character - '\u00C0'],
            >= '\u1E00' and <= '\u1EFF' => LatinAccentedAdditional[character - '\u1E00'],
            _ => '.',
        };
        return letter == '.' ? character : letter;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
