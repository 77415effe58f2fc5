using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using SalesSuite.SharedKernel.Configuration;

namespace SalesSuite.Host.Identity;

/// <summary>The built-in development issuer: signs tokens with the configured development key.</summary>
public sealed class DevTokenIssuer(AuthOptions options, TimeProvider clock)
{
    public static SymmetricSecurityKey KeyFrom(string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(secret);
        if (bytes.Length < 32)
        {
            throw new ConfigurationError("Auth:DevSigningKey", $"is {bytes.Length} bytes long; use at least 32 (UTF-8) bytes.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    public string Issue(string tenant, string user, IEnumerable<string> roles, TimeSpan? lifetime = null, string? name = null)
    {
        var secret = options.DevSigningKey
            ?? throw new ConfigurationError("Auth:DevSigningKey", "is not set; development tokens are signed with it (in the Development environment only).");
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new("sub", user),
            new("tenant", tenant),
            new("name", name ?? user),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        var token = new JwtSecurityToken(
            issuer: options.DevIssuer,
            audience: options.Audience,
            claims: claims,
            notBefore: now.AddMinutes(-1),
            expires: now + (lifetime ?? TimeSpan.FromHours(12)),
            signingCredentials: new SigningCredentials(KeyFrom(secret), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
