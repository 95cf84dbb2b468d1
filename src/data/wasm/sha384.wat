;; SHA-384 (FIPS 180-4 §6.5): SHA-512's compression function (§6.4.2) from
;; SHA-384's initial hash value (§5.3.4); the digest is H0..H5. The caller
;; (src/trident/sha384.ts) pads the message (§5.1.2) and copies whole 128-byte
;; blocks to `input`, at most 256 at a time.
;;
;; Why WebAssembly: validate-only hashes one small file (a COSI's
;; metadata.json) and nothing else, and loading node:crypto for it cost more
;; of its start than the rest of its checks (docs/benchmarks.md). Compiled by
;; `npm run wasm` into sha384.ts; test/meta/wasm.test.ts keeps the two in step
;; and test/unit/sha384.test.ts checks the digests against node:crypto.
(module
  (memory (export "memory") 1)
  ;; Memory layout (bytes): the 80 round constants at 0, H0..H7 at 640, the
  ;; message schedule W0..W79 at 704, the blocks to hash at 2048.
  (global $K i32 (i32.const 0))
  (global $H (export "state") i32 (i32.const 640))
  (global $W i32 (i32.const 704))
  (global $input (export "input") i32 (i32.const 2048))

  ;; K0..K79 (§4.2.3): the first 64 bits of the fractional parts of the cube
  ;; roots of the first 80 primes.
  (func $constants
    (i64.store offset=0 (global.get $K) (i64.const 0x428a2f98d728ae22))
    (i64.store offset=8 (global.get $K) (i64.const 0x7137449123ef65cd))
    (i64.store offset=16 (global.get $K) (i64.const 0xb5c0fbcfec4d3b2f))
    (i64.store offset=24 (global.get $K) (i64.const 0xe9b5dba58189dbbc))
    (i64.store offset=32 (global.get $K) (i64.const 0x3956c25bf348b538))
    (i64.store offset=40 (global.get $K) (i64.const 0x59f111f1b605d019))
    (i64.store offset=48 (global.get $K) (i64.const 0x923f82a4af194f9b))
    (i64.store offset=56 (global.get $K) (i64.const 0xab1c5ed5da6d8118))
    (i64.store offset=64 (global.get $K) (i64.const 0xd807aa98a3030242))
    (i64.store offset=72 (global.get $K) (i64.const 0x12835b0145706fbe))
    (i64.store offset=80 (global.get $K) (i64.const 0x243185be4ee4b28c))
    (i64.store offset=88 (global.get $K) (i64.const 0x550c7dc3d5ffb4e2))
    (i64.store offset=96 (global.get $K) (i64.const 0x72be5d74f27b896f))
    (i64.store offset=104 (global.get $K) (i64.const 0x80deb1fe3b1696b1))
    (i64.store offset=112 (global.get $K) (i64.const 0x9bdc06a725c71235))
    (i64.store offset=120 (global.get $K) (i64.const 0xc19bf174cf692694))
    (i64.store offset=128 (global.get $K) (i64.const 0xe49b69c19ef14ad2))
    (i64.store offset=136 (global.get $K) (i64.const 0xefbe4786384f25e3))
    (i64.store offset=144 (global.get $K) (i64.const 0x0fc19dc68b8cd5b5))
    (i64.store offset=152 (global.get $K) (i64.const 0x240ca1cc77ac9c65))
    (i64.store offset=160 (global.get $K) (i64.const 0x2de92c6f592b0275))
    (i64.store offset=168 (global.get $K) (i64.const 0x4a7484aa6ea6e483))
    (i64.store offset=176 (global.get $K) (i64.const 0x5cb0a9dcbd41fbd4))
    (i64.store offset=184 (global.get $K) (i64.const 0x76f988da831153b5))
    (i64.store offset=192 (global.get $K) (i64.const 0x983e5152ee66dfab))
    (i64.store offset=200 (global.get $K) (i64.const 0xa831c66d2db43210))
    (i64.store offset=208 (global.get $K) (i64.const 0xb00327c898fb213f))
    (i64.store offset=216 (global.get $K) (i64.const 0xbf597fc7beef0ee4))
    (i64.store offset=224 (global.get $K) (i64.const 0xc6e00bf33da88fc2))
    (i64.store offset=232 (global.get $K) (i64.const 0xd5a79147930aa725))
    (i64.store offset=240 (global.get $K) (i64.const 0x06ca6351e003826f))
    (i64.store offset=248 (global.get $K) (i64.const 0x142929670a0e6e70))
    (i64.store offset=256 (global.get $K) (i64.const 0x27b70a8546d22ffc))
    (i64.store offset=264 (global.get $K) (i64.const 0x2e1b21385c26c926))
    (i64.store offset=272 (global.get $K) (i64.const 0x4d2c6dfc5ac42aed))
    (i64.store offset=280 (global.get $K) (i64.const 0x53380d139d95b3df))
    (i64.store offset=288 (global.get $K) (i64.const 0x650a73548baf63de))
    (i64.store offset=296 (global.get $K) (i64.const 0x766a0abb3c77b2a8))
    (i64.store offset=304 (global.get $K) (i64.const 0x81c2c92e47edaee6))
    (i64.store offset=312 (global.get $K) (i64.const 0x92722c851482353b))
    (i64.store offset=320 (global.get $K) (i64.const 0xa2bfe8a14cf10364))
    (i64.store offset=328 (global.get $K) (i64.const 0xa81a664bbc423001))
    (i64.store offset=336 (global.get $K) (i64.const 0xc24b8b70d0f89791))
    (i64.store offset=344 (global.get $K) (i64.const 0xc76c51a30654be30))
    (i64.store offset=352 (global.get $K) (i64.const 0xd192e819d6ef5218))
    (i64.store offset=360 (global.get $K) (i64.const 0xd69906245565a910))
    (i64.store offset=368 (global.get $K) (i64.const 0xf40e35855771202a))
    (i64.store offset=376 (global.get $K) (i64.const 0x106aa07032bbd1b8))
    (i64.store offset=384 (global.get $K) (i64.const 0x19a4c116b8d2d0c8))
    (i64.store offset=392 (global.get $K) (i64.const 0x1e376c085141ab53))
    (i64.store offset=400 (global.get $K) (i64.const 0x2748774cdf8eeb99))
    (i64.store offset=408 (global.get $K) (i64.const 0x34b0bcb5e19b48a8))
    (i64.store offset=416 (global.get $K) (i64.const 0x391c0cb3c5c95a63))
    (i64.store offset=424 (global.get $K) (i64.const 0x4ed8aa4ae3418acb))
    (i64.store offset=432 (global.get $K) (i64.const 0x5b9cca4f7763e373))
    (i64.store offset=440 (global.get $K) (i64.const 0x682e6ff3d6b2b8a3))
    (i64.store offset=448 (global.get $K) (i64.const 0x748f82ee5defb2fc))
    (i64.store offset=456 (global.get $K) (i64.const 0x78a5636f43172f60))
    (i64.store offset=464 (global.get $K) (i64.const 0x84c87814a1f0ab72))
    (i64.store offset=472 (global.get $K) (i64.const 0x8cc702081a6439ec))
    (i64.store offset=480 (global.get $K) (i64.const 0x90befffa23631e28))
    (i64.store offset=488 (global.get $K) (i64.const 0xa4506cebde82bde9))
    (i64.store offset=496 (global.get $K) (i64.const 0xbef9a3f7b2c67915))
    (i64.store offset=504 (global.get $K) (i64.const 0xc67178f2e372532b))
    (i64.store offset=512 (global.get $K) (i64.const 0xca273eceea26619c))
    (i64.store offset=520 (global.get $K) (i64.const 0xd186b8c721c0c207))
    (i64.store offset=528 (global.get $K) (i64.const 0xeada7dd6cde0eb1e))
    (i64.store offset=536 (global.get $K) (i64.const 0xf57d4f7fee6ed178))
    (i64.store offset=544 (global.get $K) (i64.const 0x06f067aa72176fba))
    (i64.store offset=552 (global.get $K) (i64.const 0x0a637dc5a2c898a6))
    (i64.store offset=560 (global.get $K) (i64.const 0x113f9804bef90dae))
    (i64.store offset=568 (global.get $K) (i64.const 0x1b710b35131c471b))
    (i64.store offset=576 (global.get $K) (i64.const 0x28db77f523047d84))
    (i64.store offset=584 (global.get $K) (i64.const 0x32caab7b40c72493))
    (i64.store offset=592 (global.get $K) (i64.const 0x3c9ebe0a15c9bebc))
    (i64.store offset=600 (global.get $K) (i64.const 0x431d67c49c100d4c))
    (i64.store offset=608 (global.get $K) (i64.const 0x4cc5d4becb3e42b6))
    (i64.store offset=616 (global.get $K) (i64.const 0x597f299cfc657e2a))
    (i64.store offset=624 (global.get $K) (i64.const 0x5fcb6fab3ad6faec))
    (i64.store offset=632 (global.get $K) (i64.const 0x6c44198c4a475817))
  )
  (start $constants)

  ;; H(0) of SHA-384 (§5.3.4).
  (func (export "init")
    (i64.store offset=0 (global.get $H) (i64.const 0xcbbb9d5dc1059ed8))
    (i64.store offset=8 (global.get $H) (i64.const 0x629a292a367cd507))
    (i64.store offset=16 (global.get $H) (i64.const 0x9159015a3070dd17))
    (i64.store offset=24 (global.get $H) (i64.const 0x152fecd8f70e5939))
    (i64.store offset=32 (global.get $H) (i64.const 0x67332667ffc00b31))
    (i64.store offset=40 (global.get $H) (i64.const 0x8eb44a8768581511))
    (i64.store offset=48 (global.get $H) (i64.const 0xdb0c2e0d64f98fa7))
    (i64.store offset=56 (global.get $H) (i64.const 0x47b5481dbefa4fa4))
  )

  ;; The big-endian 64-bit word at $p (memory is little-endian).
  (func $be64 (param $p i32) (result i64)
    (local $x i64)
    (local.set $x (i64.load (local.get $p)))
    (local.set $x
      (i64.or
        (i64.shl (i64.and (local.get $x) (i64.const 0x00ff00ff00ff00ff)) (i64.const 8))
        (i64.and (i64.shr_u (local.get $x) (i64.const 8)) (i64.const 0x00ff00ff00ff00ff))))
    (local.set $x
      (i64.or
        (i64.shl (i64.and (local.get $x) (i64.const 0x0000ffff0000ffff)) (i64.const 16))
        (i64.and (i64.shr_u (local.get $x) (i64.const 16)) (i64.const 0x0000ffff0000ffff))))
    (i64.rotl (local.get $x) (i64.const 32))
  )

  ;; Hashes the $n blocks at `input` into H (§6.4.2).
  (func (export "blocks") (param $n i32)
    (local $p i32) (local $t i32) (local $q i32) (local $o i32)
    (local $a i64) (local $b i64) (local $c i64) (local $d i64)
    (local $e i64) (local $f i64) (local $g i64) (local $h i64)
    (local $x i64) (local $y i64) (local $t1 i64) (local $t2 i64)
    (local.set $p (global.get $input))
    (block $done
      (loop $block
        (br_if $done (i32.eqz (local.get $n)))

        ;; 1. The message schedule: W0..W15 are the block's words; then
        ;;    Wt = σ1(Wt-2) + Wt-7 + σ0(Wt-15) + Wt-16, with $q at Wt-16.
        (local.set $t (i32.const 0))
        (loop $load
          (local.set $o (i32.shl (local.get $t) (i32.const 3)))
          (i64.store (i32.add (global.get $W) (local.get $o)) (call $be64 (i32.add (local.get $p) (local.get $o))))
          (br_if $load (i32.lt_u (local.tee $t (i32.add (local.get $t) (i32.const 1))) (i32.const 16))))
        (loop $schedule
          (local.set $q (i32.add (global.get $W) (i32.shl (i32.sub (local.get $t) (i32.const 16)) (i32.const 3))))
          (local.set $x (i64.load offset=112 (local.get $q)))
          (local.set $y (i64.load offset=8 (local.get $q)))
          (i64.store offset=128 (local.get $q)
            (i64.add
              (i64.add
                ;; σ1(x) = ROTR19(x) ⊕ ROTR61(x) ⊕ SHR6(x)
                (i64.xor
                  (i64.xor (i64.rotr (local.get $x) (i64.const 19)) (i64.rotr (local.get $x) (i64.const 61)))
                  (i64.shr_u (local.get $x) (i64.const 6)))
                (i64.load offset=72 (local.get $q)))
              (i64.add
                ;; σ0(y) = ROTR1(y) ⊕ ROTR8(y) ⊕ SHR7(y)
                (i64.xor
                  (i64.xor (i64.rotr (local.get $y) (i64.const 1)) (i64.rotr (local.get $y) (i64.const 8)))
                  (i64.shr_u (local.get $y) (i64.const 7)))
                (i64.load (local.get $q)))))
          (br_if $schedule (i32.lt_u (local.tee $t (i32.add (local.get $t) (i32.const 1))) (i32.const 80))))

        ;; 2. The working variables, from H.
        (local.set $a (i64.load offset=0 (global.get $H)))
        (local.set $b (i64.load offset=8 (global.get $H)))
        (local.set $c (i64.load offset=16 (global.get $H)))
        (local.set $d (i64.load offset=24 (global.get $H)))
        (local.set $e (i64.load offset=32 (global.get $H)))
        (local.set $f (i64.load offset=40 (global.get $H)))
        (local.set $g (i64.load offset=48 (global.get $H)))
        (local.set $h (i64.load offset=56 (global.get $H)))

        ;; 3. The 80 rounds.
        (local.set $t (i32.const 0))
        (loop $round
          (local.set $o (i32.shl (local.get $t) (i32.const 3)))
          ;; T1 = h + Σ1(e) + Ch(e, f, g) + Kt + Wt
          (local.set $t1
            (i64.add
              (i64.add
                (local.get $h)
                ;; Σ1(e) = ROTR14(e) ⊕ ROTR18(e) ⊕ ROTR41(e)
                (i64.xor
                  (i64.xor (i64.rotr (local.get $e) (i64.const 14)) (i64.rotr (local.get $e) (i64.const 18)))
                  (i64.rotr (local.get $e) (i64.const 41))))
              (i64.add
                ;; Ch(e, f, g) = (e ∧ f) ⊕ (¬e ∧ g), as g ⊕ (e ∧ (f ⊕ g))
                (i64.xor (local.get $g) (i64.and (local.get $e) (i64.xor (local.get $f) (local.get $g))))
                (i64.add
                  (i64.load (i32.add (global.get $K) (local.get $o)))
                  (i64.load (i32.add (global.get $W) (local.get $o)))))))
          ;; T2 = Σ0(a) + Maj(a, b, c)
          (local.set $t2
            (i64.add
              ;; Σ0(a) = ROTR28(a) ⊕ ROTR34(a) ⊕ ROTR39(a)
              (i64.xor
                (i64.xor (i64.rotr (local.get $a) (i64.const 28)) (i64.rotr (local.get $a) (i64.const 34)))
                (i64.rotr (local.get $a) (i64.const 39)))
              ;; Maj(a, b, c) = (a ∧ b) ⊕ (a ∧ c) ⊕ (b ∧ c), as (a ∧ b) ∨ (c ∧ (a ∨ b))
              (i64.or
                (i64.and (local.get $a) (local.get $b))
                (i64.and (local.get $c) (i64.or (local.get $a) (local.get $b))))))
          (local.set $h (local.get $g))
          (local.set $g (local.get $f))
          (local.set $f (local.get $e))
          (local.set $e (i64.add (local.get $d) (local.get $t1)))
          (local.set $d (local.get $c))
          (local.set $c (local.get $b))
          (local.set $b (local.get $a))
          (local.set $a (i64.add (local.get $t1) (local.get $t2)))
          (br_if $round (i32.lt_u (local.tee $t (i32.add (local.get $t) (i32.const 1))) (i32.const 80))))

        ;; 4. The intermediate hash value: Hi += the working variables.
        (i64.store offset=0 (global.get $H) (i64.add (i64.load offset=0 (global.get $H)) (local.get $a)))
        (i64.store offset=8 (global.get $H) (i64.add (i64.load offset=8 (global.get $H)) (local.get $b)))
        (i64.store offset=16 (global.get $H) (i64.add (i64.load offset=16 (global.get $H)) (local.get $c)))
        (i64.store offset=24 (global.get $H) (i64.add (i64.load offset=24 (global.get $H)) (local.get $d)))
        (i64.store offset=32 (global.get $H) (i64.add (i64.load offset=32 (global.get $H)) (local.get $e)))
        (i64.store offset=40 (global.get $H) (i64.add (i64.load offset=40 (global.get $H)) (local.get $f)))
        (i64.store offset=48 (global.get $H) (i64.add (i64.load offset=48 (global.get $H)) (local.get $g)))
        (i64.store offset=56 (global.get $H) (i64.add (i64.load offset=56 (global.get $H)) (local.get $h)))

        (local.set $p (i32.add (local.get $p) (i32.const 128)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $block)))
  )
)
