using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SalesSuite.SharedKernel.Security;

/// <summary>One AES-256 key of the key ring.</summary>
public sealed record ProtectionKey(string Id, byte[] Key);

/// <summary>
/// The key ring for sensitive fields (contact phone and email, street address): AES-GCM encryption with the active
/// key, decryption with whichever key a value names, and a keyed hash (blind index) for exact lookups. Keys live
/// outside the database (configuration, a key file or a vault); rotation adds a key and makes it active, old values
/// stay readable and are re-encrypted on their next write or by the <c>reprotect</c> command.
/// </summary>
public sealed class FieldProtector
{
    private const string Prefix = "enc1:";
    private readonly Dictionary<string, byte[]> _keys;
    private readonly byte[] _indexKey;

    public FieldProtector(IReadOnlyList<ProtectionKey> keys, string activeKeyId, byte[] indexKey)
    {
        if (keys.Count == 0 || keys.All(k => k.Id != activeKeyId))
        {
            throw new InvalidOperationException($"The data protection key ring has no key '{activeKeyId}' to encrypt with.");
        }

        if (keys.Any(k => k.Key.Length != 32) || indexKey.Length < 32)
        {
            throw new InvalidOperationException("Data protection keys must be 32 bytes (AES-256); the index key at least 32 bytes.");
        }

        _keys = keys.ToDictionary(k => k.Id, k => k.Key, StringComparer.Ordinal);
        ActiveKeyId = activeKeyId;
        _indexKey = indexKey;
    }

    /// <summary>
    /// The process-wide protector that EF Core value converters use. EF caches one model per context type for the
    /// whole process, so the converters in it cannot reach a DI scope; the host sets this once at start-up.
    /// </summary>
    public static FieldProtector? Current { get; set; }

    public string ActiveKeyId { get; }

    public static bool IsProtected(string? value) => value?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public string Protect(string plaintext)
    {
        var key = _keys[ActiveKeyId];
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(key, 16))
        {
            aes.Encrypt(nonce, data, cipher, tag, Encoding.UTF8.GetBytes(ActiveKeyId));
        }

        return Prefix + ActiveKeyId + ":" + Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    /// <summary>Decrypts with the key the value names; a value written before protection was enabled is returned as it is.</summary>
    public string Unprotect(string stored)
    {
        if (!IsProtected(stored))
        {
            return stored;
        }

        var rest = stored[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var keyId = rest[..colon];
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"The key '{keyId}' needed to read a protected value is not in the key ring.");
        }

        var bytes = Convert.FromBase64String(rest[(colon + 1)..]);
        var plain = new byte[bytes.Length - 28];
        using (var aes = new AesGcm(key, 16))
        {
            aes.Decrypt(bytes.AsSpan(0, 12), bytes.AsSpan(28), bytes.AsSpan(12, 16), plain, Encoding.UTF8.GetBytes(keyId));
        }

        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Encrypts a whole document (a backup) with the active key; the key id travels in front.</summary>
    public byte[] ProtectBytes(byte[] data)
    {
        var keyId = Encoding.UTF8.GetBytes(ActiveKeyId);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(_keys[ActiveKeyId], 16))
        {
            aes.Encrypt(nonce, data, cipher, tag, keyId);
        }

        return [(byte)keyId.Length, .. keyId, .. nonce, .. tag, .. cipher];
    }

    public byte[] UnprotectBytes(byte[] data) =>
        TryUnprotectBytes(data, out var plain, out _)
            ? plain
            : throw new CryptographicException("The document is damaged, or was encrypted with a key that is not in this key ring.");

    /// <summary>
    /// Decrypts a document of <see cref="ProtectBytes"/>; false when it is too short, names a key this ring does not
    /// have, or fails authentication (damaged, truncated, or encrypted with another key ring). Never throws for bad data.
    /// </summary>
    public bool TryUnprotectBytes(byte[] data, out byte[] plain, out string keyId)
    {
        plain = [];
        keyId = string.Empty;
        if (data.Length == 0 || data.Length < 1 + data[0] + 28)
        {
            return false;
        }

        var idLength = data[0];
        var idBytes = data.AsSpan(1, idLength).ToArray();
        string id;
        try
        {
            id = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(idBytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (!_keys.TryGetValue(id, out var key))
        {
            return false;
        }

        var offset = 1 + idLength;
        var result = new byte[data.Length - offset - 28];
        try
        {
            using var aes = new AesGcm(key, 16);
            aes.Decrypt(data.AsSpan(offset, 12), data.AsSpan(offset + 28), data.AsSpan(offset + 12, 16), result, idBytes);
        }
        catch (CryptographicException)
        {
            return false;
        }

        plain = result;
        keyId = id;
        return true;
    }

    /// <summary>The keyed hash used to find a protected value by exact match (normalise the value first).</summary>
    public string BlindIndex(string normalized) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(normalized)));

    public bool IsActive(string stored) => stored.StartsWith(Prefix + ActiveKeyId + ":", StringComparison.Ordinal);

    /// <summary>
    /// Loads the key ring from a JSON file <c>{"activeKeyId": "k1", "indexKey": "base64", "keys": {"k1": "base64"}}</c>,
    /// creating one with fresh random keys when it does not exist (development and first start).
    /// </summary>
    public static FieldProtector LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var created = new KeyRingFile
            {
                ActiveKeyId = "k1",
                IndexKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                Keys = new Dictionary<string, string> { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            };
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(created, KeyRingFile.Options));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temp);
            }
        }

        var file = JsonSerializer.Deserialize<KeyRingFile>(File.ReadAllText(path), KeyRingFile.Options)
            ?? throw new InvalidOperationException($"The key ring file '{path}' is empty.");
        return new FieldProtector(
            file.Keys.Select(k => new ProtectionKey(k.Key, Convert.FromBase64String(k.Value))).ToList(),
            file.ActiveKeyId,
            Convert.FromBase64String(file.IndexKey));
    }

    /// <summary>Adds a new key to a key ring file and makes it the active one (rotation without downtime).</summary>
    public static string Rotate(string path)
    {
        var file = JsonSerializer.Deserialize<KeyRingFile>(File.ReadAllText(path), KeyRingFile.Options)!;
        var id = "k" + (file.Keys.Count + 1);
        file.Keys[id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        file.ActiveKeyId = id;
        File.WriteAllText(path, JsonSerializer.Serialize(file, KeyRingFile.Options));
        return id;
    }

    private sealed class KeyRingFile
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

        public string ActiveKeyId { get; set; } = string.Empty;

        public string IndexKey { get; set; } = string.Empty;

        public Dictionary<string, string> Keys { get; set; } = [];
    }
}
