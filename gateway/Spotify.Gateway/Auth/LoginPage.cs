using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;

namespace Spotify.Gateway.Auth;

/// <summary>
/// The plain HTML sign-in form of the authorization endpoint. It posts back to <c>/authorize</c>
/// with the OAuth request's parameters as hidden fields, plus <c>username</c> and <c>password</c>.
/// </summary>
public static class LoginPage
{
    public const string UsernameField = "username";
    public const string PasswordField = "password";

    public static IResult Render(OpenIddictRequest request, string? error, int statusCode = StatusCodes.Status200OK)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Log in</title></head><body>")
            .Append("<h1>Log in to Spotify on Orleans</h1>");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(encoder.Encode(error)).Append("</p>");
        }
        html.Append("<form method=\"post\" action=\"/authorize\">");
        foreach (var (name, value) in request.GetParameters())
        {
            if (name is UsernameField or PasswordField)
            {
                continue;
            }
            foreach (var item in (StringValues)value)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(encoder.Encode(name))
                    .Append("\" value=\"").Append(encoder.Encode(item ?? "")).Append("\">");
            }
        }
        html.Append("<label>Email <input name=\"username\" type=\"email\" autocomplete=\"username\" required></label>")
            .Append("<label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
            .Append("<button type=\"submit\">Log in</button></form></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: statusCode);
    }
}
