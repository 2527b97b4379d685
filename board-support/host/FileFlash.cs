using System;
using System.IO;
using Microsoft.Win32.SafeHandles;
using Router.Core;

namespace Router.HostBoard
{
    /// <summary>
    /// NOR flash kept in a file, with the chip's rules enforced: a new image is all 0xFF, erase
    /// works on whole blocks, and a write that would turn a 0 bit back into 1 is refused with
    /// <see cref="FlashException"/> (a real chip would silently keep the 0). For power-cut tests,
    /// <see cref="CutPowerAfter"/> lets exactly N more bytes reach the file, then the power goes:
    /// the write that reaches N stores its first bytes only and throws
    /// <see cref="PowerCutException"/>, and so does every later call.
    /// </summary>
    public sealed class FileFlash : IFlash, IDisposable
    {
        public const byte ErasedByte = 0xFF;
        public const int DefaultSize = 4 * 1024 * 1024;
        public const int DefaultEraseBlockSize = 4 * 1024;
        public const int MaxSize = 1024 * 1024 * 1024;

        private readonly object _gate = new object();
        private readonly SafeFileHandle _file;
        private readonly int _size;
        private readonly int _eraseBlockSize;
        private long _bytesWritten;
        private long _writeBudget = -1;
        private bool _powerLost;

        private FileFlash(SafeFileHandle file, int size, int eraseBlockSize)
        {
            _file = file;
            _size = size;
            _eraseBlockSize = eraseBlockSize;
        }

        /// <summary>Called once, on the flash caller's thread, when the simulated power cut happens (before the exception).</summary>
        public event Action PowerLost;

        public int Size
        {
            get { return _size; }
        }

        public int EraseBlockSize
        {
            get { return _eraseBlockSize; }
        }

        /// <summary>Bytes programmed through <see cref="Write"/> since this image was opened (erases not counted).</summary>
        public long BytesWritten
        {
            get
            {
                lock (_gate)
                {
                    return _bytesWritten;
                }
            }
        }

        public bool IsPowerLost
        {
            get
            {
                lock (_gate)
                {
                    return _powerLost;
                }
            }
        }

        /// <summary>
        /// Opens the image at <paramref name="path"/>, creating it erased when it does not exist.
        /// An existing image must have the given size: a different one is a different chip.
        /// </summary>
        public static FileFlash Open(string path, int size, int eraseBlockSize)
        {
            CheckGeometry(size, eraseBlockSize);
            if (!File.Exists(path))
            {
                CreateErased(path, size);
            }

            SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            long length = RandomAccess.GetLength(file);
            if (length != size)
            {
                file.Dispose();
                throw new FlashException("flash image " + path + " holds " + length + " bytes, not " + size
                    + ": pass its size with --flash-size or use another file");
            }

            return new FileFlash(file, size, eraseBlockSize);
        }

        public void CutPowerAfter(long bytes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(bytes);
            lock (_gate)
            {
                _writeBudget = bytes;
            }
        }

        public void Read(int offset, byte[] buffer, int bufferOffset, int count)
        {
            CheckBuffer(buffer, bufferOffset, count);
            lock (_gate)
            {
                CheckPowered();
                CheckFlashRange(offset, count);
                ReadExactly(offset, buffer, bufferOffset, count);
            }
        }

        public void Erase(int blockIndex)
        {
            lock (_gate)
            {
                CheckPowered();
                if (blockIndex < 0 || blockIndex >= _size / _eraseBlockSize)
                {
                    throw new FlashException("erase block " + blockIndex + " is outside the flash");
                }

                byte[] erased = new byte[_eraseBlockSize];
                Array.Fill(erased, ErasedByte);
                RandomAccess.Write(_file, erased, (long)blockIndex * _eraseBlockSize);
            }
        }

        public void Write(int offset, byte[] buffer, int bufferOffset, int count)
        {
            CheckBuffer(buffer, bufferOffset, count);
            lock (_gate)
            {
                CheckPowered();
                CheckFlashRange(offset, count);

                byte[] current = new byte[count];
                ReadExactly(offset, current, 0, count);
                for (int i = 0; i < count; i++)
                {
                    byte wanted = buffer[bufferOffset + i];
                    if ((current[i] & wanted) != wanted)
                    {
                        throw new FlashException("write at flash offset " + (offset + i) + " would set bits (0x"
                            + current[i].ToString("X2") + " to 0x" + wanted.ToString("X2") + "): erase the block first");
                    }
                }

                int allowed = _writeBudget < 0 ? count : (int)Math.Min(count, _writeBudget);
                RandomAccess.Write(_file, new ReadOnlySpan<byte>(buffer, bufferOffset, allowed), offset);
                _bytesWritten += allowed;
                if (_writeBudget >= 0)
                {
                    _writeBudget -= allowed;
                    if (_writeBudget == 0)
                    {
                        LosePower();
                    }
                }
            }
        }

        public void Dispose()
        {
            _file.Dispose();
        }

        private void LosePower()
        {
            _powerLost = true;
            _writeBudget = -1;
            PowerLost?.Invoke();
            throw new PowerCutException("power cut after " + _bytesWritten + " bytes written to flash");
        }

        private void CheckPowered()
        {
            if (_powerLost)
            {
                throw new PowerCutException("the board has no power");
            }
        }

        private void CheckFlashRange(int offset, int count)
        {
            if (offset < 0 || offset > _size - count)
            {
                throw new FlashException("flash range " + offset + "+" + count + " is outside the flash (" + _size + " bytes)");
            }
        }

        private void ReadExactly(long offset, byte[] buffer, int bufferOffset, int count)
        {
            while (count > 0)
            {
                int read = RandomAccess.Read(_file, new Span<byte>(buffer, bufferOffset, count), offset);
                if (read <= 0)
                {
                    throw new IOException("flash image shorter than expected");
                }

                offset += read;
                bufferOffset += read;
                count -= read;
            }
        }

        private static void CheckBuffer(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }
        }

        private static void CheckGeometry(int size, int eraseBlockSize)
        {
            bool blockOk = eraseBlockSize >= 256 && (eraseBlockSize & (eraseBlockSize - 1)) == 0;
            if (!blockOk)
            {
                throw new FlashException("erase block size " + eraseBlockSize + " must be a power of two, at least 256");
            }

            if (size < eraseBlockSize || size > MaxSize || size % eraseBlockSize != 0)
            {
                throw new FlashException("flash size " + size + " must be a multiple of the erase block size, at most " + MaxSize);
            }
        }

        /// <summary>Writes an erased image beside the target and renames it, so a half-made image never appears.</summary>
        private static void CreateErased(string path, int size)
        {
            string temporary = path + ".new";
            using (FileStream stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                byte[] erased = new byte[64 * 1024];
                Array.Fill(erased, ErasedByte);
                for (int written = 0; written < size; written += erased.Length)
                {
                    stream.Write(erased, 0, Math.Min(erased.Length, size - written));
                }
            }

            File.Move(temporary, path);
        }
    }
}
