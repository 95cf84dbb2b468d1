export const id = 317;
export const ids = [317,762];
export const modules = {

/***/ 92317:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PCR_NAMES: () => (/* binding */ PCR_NAMES),
  correctHostConfigDefinitions: () => (/* binding */ correctHostConfigDefinitions),
  correctHostConfigSchema: () => (/* binding */ correctHostConfigSchema),
  hostConfigExplainer: () => (/* binding */ hostConfigExplainer),
  hostConfigSchema: () => (/* binding */ hostConfigSchema)
});

;// CONCATENATED MODULE: ./build/data/schemas/trident-host-config.schema.json
const trident_host_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"HostConfiguration","description":"HostConfiguration is the configuration for a host. Trident agent will use this to configure the host.","type":"object","properties":{"health":{"description":"Health configuration for the target OS.","allOf":[{"$ref":"#/definitions/Health"}]},"image":{"description":"Data about the image to deploy on the host, including sourcing and integrity information.","allOf":[{"$ref":"#/definitions/OsImage"}],"nullable":true},"managementOs":{"description":"OS Configuration for the management OS.\\n\\nThese settings are only applicable for clean install servicing. They are ignored on updates.","allOf":[{"$ref":"#/definitions/ManagementOs"}]},"os":{"description":"OS Configuration for the target OS.","allOf":[{"$ref":"#/definitions/Os"}]},"scripts":{"description":"Optional scripts to be run after different Trident stages have completed.","allOf":[{"$ref":"#/definitions/Scripts"}]},"storage":{"description":"Describes the storage configuration of the host.","allOf":[{"$ref":"#/definitions/Storage"}]},"trident":{"description":"The Trident Management configuration controls the installation of the Trident agent onto the target OS.","allOf":[{"$ref":"#/definitions/Trident"}]}},"additionalProperties":false,"definitions":{"AbUpdate":{"description":"A/B update configuration. Carries information about the A/B volume pairs that are used to perform A/B updates.","type":"object","required":["volumePairs"],"properties":{"volumePairs":{"description":"A list of A/B volume pairs that will be used for A/B update.","type":"array","items":{"$ref":"#/definitions/AbVolumePair"}}},"additionalProperties":false},"AbVolumePair":{"description":"Per A/B volume pair configuration. Points to the underlying block devices in the A/B volume pair.","type":"object","required":["id","volumeAId","volumeBId"],"properties":{"id":{"description":"A unique identifier for the A/B volume pair.\\n\\nThis is a user-defined string that links the A/B volume pair to the `filesystems` config in the Host Configuration. The identifier needs to be unique across devices of all types, not just A/B volume pairs.","type":"string","format":"Block Device ID"},"volumeAId":{"description":"The ID of the device that will be used as the A volume.","type":"string","format":"Block Device ID"},"volumeBId":{"description":"The ID of the device that will be used as the B volume.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"AdditionalFile":{"type":"object","required":["destination"],"properties":{"content":{"description":"The contents of the script. Conflicts with `source`.","type":"string","nullable":true},"destination":{"description":"Location on the target image to place the file.","type":"string"},"permissions":{"description":"Permissions to set on the file.\\n\\nIf not specified, this will default to the permissions of the source file when `source` is used and to 0644 when `content` is used.","type":"string","nullable":true},"source":{"description":"Path to the script file. Conflicts with content.\\n\\nThe file must be located on the host\'s filesystem.","type":"string","nullable":true}},"additionalProperties":false},"AdoptedPartition":{"description":"Settings to adopt a pre-existing partition.\\n\\nOnly ONE match criteria should be provided.","type":"object","required":["id"],"properties":{"id":{"description":"A unique identifier for the partition.\\n\\nThis is a user defined string that allows to link the partition to the mount points and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just partitions.","type":"string","format":"Block Device ID"},"matchLabel":{"description":"Partition label to look for when matching against the existing partitions.","type":"string","nullable":true},"matchUuid":{"description":"Partition UUID to look for when matching against the existing partitions.","type":"string","format":"uuid","nullable":true}},"additionalProperties":false},"ByteCount":{"description":"A byte count with an optional suffix (K, M, G, T, to the base of 1024).","examples":[0,1,102,104576,"1K","1M","5G","4T"],"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"},"Check":{"oneOf":[{"title":"Script","description":"Script that will be run to validate the target OS. The success or failure of the script will define the health of the target OS. The script will run where Trident is running, either in the target OS or in a container running on the target OS (where the target OS \'/\' is mounted as \'/host\').\\n\\nScripts that are configured with a path source must exist in the target OS.","type":"object","required":["Script"],"properties":{"Script":{"$ref":"#/definitions/Script"}},"additionalProperties":false},{"title":"SystemdCheck","description":"Define systemd service(s) that need to be in a successful state, defined by `systemctl status` returning success. The success or failure of this check will define the health of the target OS.","type":"object","required":["SystemdCheck"],"properties":{"SystemdCheck":{"$ref":"#/definitions/SystemdCheck"}},"additionalProperties":false}]},"Disk":{"description":"Per disk configuration.","type":"object","required":["device","id","partitionTableType","partitions"],"properties":{"adoptedPartitions":{"description":"A list of pre-existing partitions that will be adopted from the disk.\\n\\nSeveral options are available to match a partition to adopt. If more than one option is specified, ALL the provided criteria will be used to match the partition.","type":"array","items":{"$ref":"#/definitions/AdoptedPartition"}},"device":{"description":"The device path of the disk. Points to the disk device in the host. It is recommended to use stable paths, such as the ones under `/dev/disk/by-path/` or [WWNs](https://en.wikipedia.org/wiki/World_Wide_Name).","type":"string"},"id":{"description":"A unique identifier for the disk. This is a user defined string that allows to link the disk to what is consuming it and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just disks.\\n\\nTBD: At the moment, the partition table is created from scratch. In the future, it will be possible to consume an existing partition table.","type":"string","format":"Block Device ID"},"partitionTableType":{"description":"The partition table type of the disk. Supported values are: `gpt`.","allOf":[{"$ref":"#/definitions/PartitionTableType"}]},"partitions":{"description":"A list of partitions that will be created on the disk.","type":"array","items":{"$ref":"#/definitions/Partition"}}},"additionalProperties":false},"EncryptedVolume":{"description":"A LUKS2-encrypted volume configuration.","type":"object","required":["deviceId","deviceName","id"],"properties":{"deviceId":{"description":"The ID of the disk partition or software RAID array to encrypt.\\n\\nThis parameter is required. It must be unique among the list of encrypted volumes.\\n\\nIf it refers to a disk partition, it must be of a supported type. Supported types are all but the following blocked partition types:\\n\\n- `esp`\\n\\n- `root`\\n\\n- `root-verity`\\n\\n- `usr-verity`\\n\\n- `home`\\n\\nIf it refers to a software RAID array, the first disk partition of the software RAID array must be of a supported type.","type":"string","format":"Block Device ID"},"deviceName":{"description":"The name of the device to create under `/dev/mapper` when opening the volume.\\n\\nThis parameter is required. It must be a valid file name and unique among all encrypted volumes, as well as among the Device Mapper devices.","type":"string"},"id":{"description":"The ID of the LUKS-encrypted volume to create.\\n\\nThis parameter is required. It must be non-empty and unique among the IDs of all block devices in the Host Configuration. This includes the IDs of all disk partitions, encrypted volumes, software RAID arrays, and A/B volume pairs.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"Encryption":{"description":"Configure encrypted volumes of underlying disk partitions or software RAID arrays.","type":"object","required":["pcrs","volumes"],"properties":{"clearTpmOnInstall":{"description":"Optional parameter that determines whether the TPM 2.0 device will be cleared on clean install. By default, it is set to false. If set to true, Trident will clear the TPM 2.0 device on install. TPM cannot be cleared on A/B updates.\\n\\nClearing the TPM 2.0 device will remove all keys and data from the TPM 2.0 device. This operation is irreversible and could result in data loss. However, this option might be needed to ensure that the TPM 2.0 is in a known state; to avoid entering the DA (Direct Attack) lockout mode on repetitive provisioning attempts, e.g. during testing and development.","type":"boolean","nullable":true},"pcrs":{"description":"List of PCRs in the TPM 2.0 device to seal encrypted volumes to in the target OS. This field is required, and at least one PCR must be provided. Each PCR may be specified either as a digit or as a string.\\n\\n1. When doing a clean install of **a grub target OS image**, the following options are valid:\\n\\n- 7, or `secure-boot-policy`\\n\\n2. When doing a clean install of **a UKI target OS image**, the following options are valid:\\n\\n- 4, or `boot-loader-code`\\n\\n- 7, or `secure-boot-policy`\\n\\n- 11, or `kernel-boot`\\n\\n- 4 and 7\\n\\n- 4 and 11\\n\\n- 7 and 11\\n\\n- 4, 7, and 11\\n\\nHowever, due to the limitations of `systemd-pcrlock`, which is used internally for encryption in UKI OS, PCR 7 CANNOT be used if:\\n\\n- `SecureBoot` is disabled,\\n\\n- Trident is running inside a container.\\n\\nTo use PCR 7 for encryption in a target UKI OS, Trident must be running in a non-containerized environment, with `SecureBoot` enabled.\\n\\nMore encryption flows, with additional PCR options, will be added in the future.","type":"array","items":{"$ref":"#/definitions/Pcr"}},"recoveryKeyUrl":{"description":"A URL to read the recovery key from.\\n\\nThis parameter allows specifying a local file path to a recovery key file via a `file://` URL scheme. The recovery key file serves as an essential fallback to recover data should TPM 2.0 automatic decryption fail. If not specified, only the TPM 2.0 device will be enrolled.\\n\\nThe URL must be non-empty if provided. Other URL schemes are not supported at this time.\\n\\n### Recommended Configuration\\n\\nIt is strongly advised to configure a recovery key file, as it plays a pivotal role in data recovery.\\n\\n### File Format Expectations\\n\\nThe recovery key file must be a binary file without any encoding. This direct format ensures compatibility with cryptsetup and systemd APIs. Be mindful that all file content, including any potential whitespace or newline characters, is considered part of the recovery key.\\n\\n### Security Considerations\\n\\nEnsuring the recovery key\'s confidentiality and integrity is paramount. Employ secure storage and rigorous access control measures. Specifically:\\n\\n- The file containing the key should only be accessible by the root user and have `0400` permissions set.\\n\\n- The recovery key should be a minimum of 32 bytes long and should be generated with a high enough entropy to defend against brute force or cryptographic attacks targeting on-disk hash values.\\n\\n### Generating a Recovery Key\\n\\nOne way to create a recovery key file on Linux systems is using the `dd` utility:\\n\\n> Note: The following example is for illustration purposes only. Be sure to generate > recovery keys with diligence and attention to security principles. Please adjust the > following example according to your own security policies and operational environment to > fit your specific security requirements and constraints.\\n\\n```sh touch ./recovery.key chmod 0400 ./recovery.key dd if=/dev/random of=./recovery.key bs=1 count=256 ```\\n\\nThis command generates 256 bytes of random data for the recovery key, sourcing entropy from `/dev/random`. Be aware, in environments with limited entropy sources, such as certain embedded systems, `/dev/random` may not provide sufficient data promptly. Alternative entropy sources or methods may be required.","type":"string","format":"uri","nullable":true},"volumes":{"description":"The list of LUKS2-encrypted volumes to create.\\n\\nThis parameter is required and must not be empty. Each item is an object that will contain the configuration for a given partition or RAID array.","type":"array","items":{"$ref":"#/definitions/EncryptedVolume"}}},"additionalProperties":false},"Extension":{"description":"Data about an extension image (sysext or confext) to merge onto the target OS.\\n\\nExtension image must be a [Discoverable Disk Image](https://uapi-group.org/specifications/specs/discoverable_disk_image/).","type":"object","required":["sha384","url"],"properties":{"path":{"description":"The absolute path of the extension image in the target OS.\\n\\nFilename must be of the form `{name}.raw`, where `{name}` matches the extension-release filename suffix. For example, `extension-release.my-tool` requires the path to end with `my-tool.raw`.\\n\\nBy default, sysexts are placed in /var/lib/extensions/. Trident supports placing sysexts in:\\n\\n- /etc/extensions/\\n\\n- /var/lib/extensions/\\n\\n- /.extra/sysext/\\n\\nBy default, confexts are placed in /var/lib/confexts/. Trident supports placing confexts in:\\n\\n- /var/lib/confexts/\\n\\n- /usr/lib/confexts/\\n\\n- /usr/local/lib/confexts/\\n\\n/run/sysexts/ and /run/confexts/ are not supported.","type":"string","nullable":true},"sha384":{"description":"The Sha384 of the entire extension image file.","type":"string","format":"[a-fA-F0-9]{96}"},"url":{"description":"The path to the extension image file, which must be a [Discoverable Disk Image](https://uapi-group.org/specifications/specs/discoverable_disk_image/).\\n\\nURLs may have one of the following four schemes: `http://`, `https://`, `file://`, or `oci://`. Extension image files stored in OCI registries must allow for anonymous pulls.","type":"string","format":"uri"}},"additionalProperties":false},"FileSystem":{"type":"object","properties":{"deviceId":{"description":"The ID of the block device on which to place this file system.","type":"string","format":"Block Device ID"},"mountPoint":{"description":"The mount point of the file system.\\n\\nIt can be provided as an object for more control over the mount options, or as a just a string when `defaults` is sufficient.","oneOf":[{"$ref":"#/definitions/MountPoint"},{"type":"string"},{"type":"null"}],"nullable":true,"string_shortcut":"path"},"overrideEspMount":{"description":"Options to change the default ESP mount point path.","allOf":[{"$ref":"#/definitions/OverrideEspMount"}]},"source":{"description":"The source of the file system.\\n\\nIf not specified, this field will default to image.","allOf":[{"$ref":"#/definitions/FileSystemSource"}]},"type":{"description":"The type of the file system.\\n\\nFile system type must *not* be specified if the source of the file system is `image`.","allOf":[{"$ref":"#/definitions/FileSystemType"}],"nullable":true}},"additionalProperties":false},"FileSystemSource":{"oneOf":[{"title":"New","description":"Create a new file system.","type":"string","enum":["new"]},{"title":"Adopted","description":"Use an existing file system from an adopted partition.","type":"string","enum":["adopted"]},{"title":"Image","description":"Use an existing file system from an image.","type":"string","enum":["image"]}]},"FileSystemType":{"description":"File system types.","oneOf":[{"title":"Ext4 file system","type":"string","enum":["ext4"]},{"title":"XFS file system","type":"string","enum":["xfs"]},{"title":"Vfat file system","type":"string","enum":["vfat"]},{"title":"NTFS file system","description":"Using NTFS on Linux comes with some limitations. For more information, see: [Limitations of NTFS](../../../Explanation/Limitations-Of-NTFS.md)","type":"string","enum":["ntfs"]},{"title":"Tmpfs","description":"[Kernel documentation](https://www.kernel.org/doc/html/latest/filesystems/tmpfs.html)\\n\\nTmpfs is only valid if the filesystem `source` is `new`.","type":"string","enum":["tmpfs"]},{"title":"Auto","description":"Passed to `mount` to automatically detect the filesystem type.\\n\\nAuto is only valid if the filesystem `source` is `adopted`.","type":"string","enum":["auto"]}]},"Health":{"description":"Configuration for the host OS health.","type":"object","properties":{"checks":{"description":"Checks to be run before Trident commits a serviced target OS as \'provisioned\'. If any of the checks fail, the commit will not be completed and, for A/B update, a rollback will be triggered.\\n\\nThese checks can run for installs and A/B updates. If `runOn` is specified for anything other than \'clean-install\' or \'ab-update\' type, the check will be ignored. If \'all\' is specified, the check will run for both \'clean-install\' and \'ab-update\'.\\n\\nThese checks are run in the target OS. The `$TARGET_ROOT` variable will be set to \'/\' for consistency with postProvision scripts.","type":"array","items":{"$ref":"#/definitions/Check"}}},"additionalProperties":false},"ImageSha384":{"description":"Image SHA384 checksum.","oneOf":[{"title":"Ignored","description":"You can pass `ignored` to skip the checksum verification.","type":"string","enum":["ignored"]},{"title":"Checksum","description":"The SHA384 checksum of the image.\\n\\n*Details:*\\n\\nThe Sha384Hash is a 96-character hexadecimal string.","type":"string","format":"[a-fA-F0-9]{96}"}]},"KernelCommandLine":{"description":"Additional kernel command line options to add to the image.","type":"object","required":["extraCommandLine"],"properties":{"extraCommandLine":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"LoadMode":{"description":"Load mode of the kernel module.","oneOf":[{"title":"Always","description":"Set kernel modules to be loaded automatically at boot time.","type":"string","enum":["always"]},{"title":"Auto","description":"Used for modules that are automatically loaded by the kernel as needed, without explicit configuration to load them at boot.","type":"string","enum":["auto"]},{"title":"Disable","description":"Configures kernel modules to be explicitly disabled, preventing them from loading automatically.","type":"string","enum":["disable"]},{"title":"Inherit","description":"Configures kernel modules to inherit the loading behavior set in the base image. Only applying new options where they are explicitly provided and applicable.","type":"string","enum":["inherit"]}]},"ManagementOs":{"description":"Configuration for the management OS.","type":"object","properties":{"netplan":{"description":"Netplan network configuration for the management OS.\\n\\nSee [Netplan YAML Configuration](https://netplan.readthedocs.io/en/stable/netplan-yaml/) for more information.","type":"object","format":"Netplan YAML","nullable":true},"users":{"description":"Users to configure on the management OS.","default":[],"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"Module":{"type":"object","required":["name"],"properties":{"loadMode":{"description":"Load mode of the kernel module.\\n\\nThe load mode setting for kernel modules dictates how and when these modules are loaded or disabled in the system.","default":"inherit","allOf":[{"$ref":"#/definitions/LoadMode"}]},"name":{"description":"Name of the module.","type":"string"},"options":{"description":"Kernel options.\\n\\nKernel options for modules can specify how these modules interact with the system, and adjust performance or security settings specific to each module.","default":{},"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":false},"MountPoint":{"type":"object","required":["path"],"properties":{"options":{"description":"The mount options.","default":"defaults","type":"string"},"path":{"description":"The path to mount the file system.","type":"string"}},"additionalProperties":false},"Os":{"description":"Configuration for the host OS.","type":"object","properties":{"additionalFiles":{"description":"Additional Files to add to the image.","type":"array","items":{"$ref":"#/definitions/AdditionalFile"}},"confexts":{"description":"Data about confext images, which should be active on the target OS.","type":"array","items":{"$ref":"#/definitions/Extension"}},"hostname":{"description":"Hostname of the system.","type":"string","nullable":true},"kernelCommandLine":{"description":"Options for configuring the kernel.","allOf":[{"$ref":"#/definitions/KernelCommandLine"}]},"modules":{"description":"Kernel modules to configure.","type":"array","items":{"$ref":"#/definitions/Module"}},"netplan":{"description":"Netplan network configuration for the target OS.\\n\\nSee [Netplan YAML Configuration](https://netplan.readthedocs.io/en/stable/netplan-yaml/) for more information.","type":"object","format":"Netplan YAML","nullable":true},"selinux":{"description":"SELinux configuration for the host.\\n\\nNote: SELinux cannot be used in conjunction with vfat or NTFS filesystems. When SELinux is set to permissive or enforcing, the setfiles operation will be skipped for any filesystems of type vfat or NTFS.","default":{"mode":null},"allOf":[{"$ref":"#/definitions/Selinux"}]},"services":{"description":"Options for configuring systemd services.","allOf":[{"$ref":"#/definitions/Services"}]},"sysexts":{"description":"Data about sysext images, which should be active on the target OS.","type":"array","items":{"$ref":"#/definitions/Extension"}},"uefiFallback":{"description":"Options for configuring the UEFI fallback.","default":"conservative","allOf":[{"$ref":"#/definitions/UefiFallbackMode"}]},"users":{"description":"Users to configure on the host.","default":[],"type":"array","items":{"$ref":"#/definitions/User"}}},"additionalProperties":false},"OsImage":{"description":"Data about the image to deploy on the host, including sourcing and integrity information.\\n\\nCurrently, the only format supported by Trident is Composable OS Image (COSI). COSI files can be generated with PRISM.","type":"object","required":["sha384","url"],"properties":{"sha384":{"description":"The Sha384 of the metadata in the COSI file.","allOf":[{"$ref":"#/definitions/ImageSha384"}]},"url":{"description":"The path to the COSI file.\\n\\nURLs may have one of the following four schemes: `http://`, `https://`, `file://`, or `oci://`. COSI files stored as an OCI image must allow for anonymous pulls.","type":"string","format":"uri"}},"additionalProperties":false},"OverrideEspMount":{"oneOf":[{"title":"Use Default ESP Path","description":"Do not override the default ESP mount point path. This is the default behavior.\\n\\nThe ESP is assumed to be mounted at `/boot/efi` by default.","type":"string","enum":["use-default"]},{"title":"Override","description":"Override the default ESP mount point to be the path of this filesystem.\\n\\nOnly ONE filesystem can be used as ESP. Therefore, this option can be used at most once in the Host Configuration.\\n\\nIn the rare scenario where a filesystem is overriding ESP AND another filesystem is mounted at the default ESP mount point path (`/boot/efi`), the latter filesystem will also be detected as the ESP, which will result in an error. If the filesystem mounted at the default ESP mount point path is not actually the ESP, then it should be marked with the `block` option to prevent it from being incorrectly treated as the ESP.","type":"string","enum":["override"]},{"title":"Block","description":"This option should be used very rarely and in very specific non-standard scenarios.\\n\\nUsed to indicate that this filesystem is NOT the ESP, even if it is mounted at the default ESP path, `/boot/efi`. This is only necessary if a distribution has a non-ESP filesystem that is mounted at the default ESP mount point path.\\n\\nFor this to work, the correct ESP filesystem will have to be explicitly marked as the ESP using `override`, and this filesystem will have to be marked with `block` to prevent it from being incorrectly treated as the ESP due to its mount point path.","type":"string","enum":["block"]}]},"Partition":{"description":"Per partition configuration.","type":"object","required":["id","size"],"properties":{"id":{"description":"A unique identifier for the partition.\\n\\nThis is a user defined string that allows to link the partition to the mount points and also to results in the Host Status. The identifier needs to be unique across all types of devices, not just partitions.","type":"string","format":"Block Device ID"},"label":{"description":"Partition label. If not set, the partition\'s block device ID will be used as the label.","type":"string","nullable":true},"size":{"description":"Size of the partition.","allOf":[{"$ref":"#/definitions/PartitionSize"}]},"type":{"description":"The type of the partition.\\n\\nAs defined by the [Discoverable Partitions Specification](https://uapi-group.org/specifications/specs/discoverable_partitions_specification/).","default":"linux-generic","allOf":[{"$ref":"#/definitions/PartitionType"}]},"uuid":{"description":"Partition UUID. If not set, a new random UUID will be generated.","type":"string","format":"uuid","nullable":true}},"additionalProperties":false},"PartitionSize":{"description":"Partition size enum.","oneOf":[{"title":"Grow","description":"Grow a partition to use all available space.","type":"string","enum":["grow"]},{"title":"Fixed","description":"Fixed size in bytes. Must be a non-zero multiple of 4096 bytes.\\n\\n*Details:*\\n\\nA byte count with an optional suffix (K, M, G, T, to the base of 1024).","examples":[0,1,102,104576,"1K","1M","5G","4T"],"type":["string","number"],"format":"\\\\d+\\\\s*[KMGT]?"}]},"PartitionTableType":{"description":"Partition table type. Currently only GPT is supported.","oneOf":[{"title":"GPT","description":"Disk should be formatted with a GUID Partition Table (GPT).","type":"string","enum":["gpt"]}]},"PartitionType":{"description":"Partition types as defined by [The Discoverable Partitions Specification](<https://uapi-group.org/specifications/specs/discoverable_partitions_specification/>).","oneOf":[{"title":"EFI System Partition","description":"`C12A7328-F81F-11D2-BA4B-00A0C93EC93B`\\n\\nIf ESP is not on `raid1`, Trident will use the first partition of this type found in the Host Configuration.","type":"string","enum":["esp"]},{"title":"Root partition","description":"x64: `4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709`","type":"string","enum":["root"]},{"title":"Swap partition","description":"`0657fd6d-a4ab-43c4-84e5-0933c84b4f4f`","type":"string","enum":["swap"]},{"title":"Root verity hash partition","description":"x64: `2c7357ed-ebd2-46d9-aec1-23d437ec2bf5`","type":"string","enum":["root-verity"]},{"title":"Home partition","description":"`933ac7e1-2eb4-4f13-b844-0e14e2aef915`","type":"string","enum":["home"]},{"title":"Var partition","description":"`4d21b016-b534-45c2-a9fb-5c16e091fd2d`","type":"string","enum":["var"]},{"title":"Usr partition","description":"x64: `8484680c-9521-48c6-9c11-b0720656f69e`","type":"string","enum":["usr"]},{"title":"Usr-verity hash partition","description":"x64: `77ff5f63-e7b6-4633-acf4-1565b864c0e6`","type":"string","enum":["usr-verity"]},{"title":"Tmp partition","description":"`7ec6f557-3bc5-4aca-b293-16ef5df639d1`","type":"string","enum":["tmp"]},{"title":"Generic Linux partition","description":"`0fc63daf-8483-4772-8e79-3d69d8477de4`","type":"string","enum":["linux-generic"]},{"title":"Server Data partition","description":"`3b8f8425-20e0-4f3b-907f-1a25a76f98e8`\\n\\nTo use this partition type on the disk with the root volume, make sure to not have `/srv` symlink present in your root volume filesystem. If you do, remove it before running Trident (e.g. by using MIC).","type":"string","enum":["srv"]},{"title":"Extended Boot Loader Partition","description":"`bc13c2ff-59e6-4262-a352-b275fd6f7172`","type":"string","enum":["xbootldr"]},{"title":"Other","description":"Use a partition type UUID not covered by the predefined options.","type":"string","format":"uuid"}]},"Password":{"description":"Password configuration for a user.\\n\\n**NOTICE:**\\n\\nAs a security measure, **Trident does NOT support passwords** for Trident-created users. The only allowed value for this field is a locked password, which is the default when this field is skipped. A locked password means that the user account does not allow logging in using password authentication. It is recommended to use SSH keys for authentication instead.","oneOf":[{"title":"\\\\[DEFAULT\\\\] Locked Password","description":"Lock the user\'s password. (equivalent to `passwd -l`)","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["locked"]}},"additionalProperties":false}]},"Pcr":{"description":"Represents the Platform Configuration Registers (PCRs) in the TPM 2.0 (Trusted Platform Module) used for Measured Boot and PCR encryption. Each PCR is associated with a digit number. Some are also associated with a string name, which reflects the component of the boot process that is extended into the PCR during boot. The string names below are based on the [`systemd-cryptenroll` documentation](https://www.man7.org/linux/man-pages/man1/systemd-cryptenroll.1.html).\\n\\nMore information on the common PCR assignments in the Linux ecosystems are available in the [UAPI Linux TPM PCR Registry docs](https://uapi-group.org/specifications/specs/linux_tpm_pcr_registry/).","oneOf":[{"title":"PCR 0","description":"PCR 0, or `platform-code`.","type":"string","enum":["Pcr0"]},{"title":"PCR 1","description":"PCR 1, or `platform-config`.","type":"string","enum":["Pcr1"]},{"title":"PCR 2","description":"PCR 2, or `external-code`.","type":"string","enum":["Pcr2"]},{"title":"PCR 3","description":"PCR 3, or `external-config`.","type":"string","enum":["Pcr3"]},{"title":"PCR 4","description":"PCR 4, or `boot-loader-code`.","type":"string","enum":["Pcr4"]},{"title":"PCR 5","description":"PCR 5, or `boot-loader-config`.","type":"string","enum":["Pcr5"]},{"title":"PCR 6","description":"PCR 6, or `host-platform`.","type":"string","enum":["Pcr6"]},{"title":"PCR 7","description":"PCR 7, or `secure-boot-policy`.","type":"string","enum":["Pcr7"]},{"title":"PCR 8","description":"PCR 8.","type":"string","enum":["Pcr8"]},{"title":"PCR 9","description":"PCR 9, or `kernel-initrd`.","type":"string","enum":["Pcr9"]},{"title":"PCR 10","description":"PCR 10, or `ima`.","type":"string","enum":["Pcr10"]},{"title":"PCR 11","description":"PCR 11, or `kernel-boot`.","type":"string","enum":["Pcr11"]},{"title":"PCR 12","description":"PCR 12, or `kernel-config`.","type":"string","enum":["Pcr12"]},{"title":"PCR 13","description":"PCR 13, or `sysexts`.","type":"string","enum":["Pcr13"]},{"title":"PCR 14","description":"PCR 14, or `shim-policy`.","type":"string","enum":["Pcr14"]},{"title":"PCR 15","description":"PCR 15, or `system-identity`.","type":"string","enum":["Pcr15"]},{"title":"PCR 16","description":"PCR 16, or `debug`.","type":"string","enum":["Pcr16"]},{"title":"PCR 17","description":"PCR 17.","type":"string","enum":["Pcr17"]},{"title":"PCR 18","description":"PCR 18.","type":"string","enum":["Pcr18"]},{"title":"PCR 19","description":"PCR 19.","type":"string","enum":["Pcr19"]},{"title":"PCR 20","description":"PCR 20.","type":"string","enum":["Pcr20"]},{"title":"PCR 21","description":"PCR 21.","type":"string","enum":["Pcr21"]},{"title":"PCR 22","description":"PCR 22.","type":"string","enum":["Pcr22"]},{"title":"PCR 23","description":"PCR 23, or `application-support`.","type":"string","enum":["Pcr23"]}]},"Raid":{"description":"RAID configuration for a host.","type":"object","properties":{"software":{"description":"Individual software RAID configurations.","type":"array","items":{"$ref":"#/definitions/SoftwareRaidArray"}},"syncTimeout":{"description":"Timeout in seconds to wait for RAID arrays to sync.\\n\\nBy default, Trident will NOT wait for RAID arrays to finish syncing before continuing on with provisioning. This is because RAID arrays are supposed to be usable immediately after creation. If the user provides a value for this field and the RAID arrays do NOT finish syncing within the specified timeout, Trident will fail the provisioning process and return an error. The user will need to increase their timeout value if the RAID arrays are taking longer to sync than expected.","type":"integer","format":"uint64","minimum":0,"nullable":true}},"additionalProperties":false},"RaidLevel":{"oneOf":[{"title":"Striping","type":"string","enum":["raid0"]},{"title":"Mirroring","type":"string","enum":["raid1"]},{"title":"Striping with parity","type":"string","enum":["raid5"]},{"title":"Striping with double parity","type":"string","enum":["raid6"]},{"title":"Stripe of mirrors","type":"string","enum":["raid10"]}]},"Script":{"description":"A script that can be run on the host during Trident stages.","type":"object","oneOf":[{"description":"Raw contents of the script.","type":"object","required":["content"],"properties":{"content":{"type":"string"}},"additionalProperties":false},{"description":"Path to a script in the execution OS.","type":"object","required":["path"],"properties":{"path":{"type":"string"}},"additionalProperties":false}],"properties":{"arguments":{"description":"Arguments to pass to the script.","type":"array","items":{"type":"string"}},"environmentVariables":{"description":"Environment variables that are needed by the script. These will be set before running the script. UPDATE_KIND and TARGET_ROOT values are set by default to use.","type":"object","additionalProperties":{"type":"string"}},"interpreter":{"description":"Binary to run the script with. The default is `/bin/sh`.","type":"string","nullable":true},"name":{"description":"Name of the script.","type":"string"},"runOn":{"description":"List of servicing types that the script should run on.","type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}}},"additionalProperties":false},"Scripts":{"description":"Scripts that can be run on the host during Trident stages. These scripts are run in the order they are defined. Ensure that the scripts are idempotent as they may be run multiple times.","type":"object","properties":{"postConfigure":{"description":"Scripts to be run after step \'Configure\' in Trident is complete.\\n\\nThese scripts are run from within a chroot of the target OS. The `$TARGET_ROOT` variable will be set to \'/\' for consistency with postProvision scripts.","type":"array","items":{"$ref":"#/definitions/Script"}},"postProvision":{"description":"Scripts to be run after step \'Provision\' in Trident is complete.\\n\\nThese scripts are run with the root filesystem of the target OS mounted at `$TARGET_ROOT` and other partitions specified for the target OS mounted relative to that.","type":"array","items":{"$ref":"#/definitions/Script"}},"preServicing":{"description":"Scripts to be run before Trident begins servicing the host.\\n\\nThese scripts are run in the servicing OS. Scripts that are configured with a path source must exist in the servicing OS.","type":"array","items":{"$ref":"#/definitions/Script"}}},"additionalProperties":false},"Selinux":{"description":"Configuration for SELinux mode","type":"object","properties":{"mode":{"description":"Override the SELinux mode. When not provided, no changes will be made to the existing configuration.\\n\\nNote: Trident only supports SELinux and root-verity together when running in UKI-mode. Otherwise, when using root-verity, SELinux must not be enabled in the OS image or SELinux should be explicitly set to `disabled`.","allOf":[{"$ref":"#/definitions/SelinuxMode"}],"nullable":true}},"additionalProperties":false},"SelinuxMode":{"description":"SELinux mode","oneOf":[{"title":"Disabled","description":"Set SELinux to disabled. The mode is set by appending `selinux=0` to the kernel command line.","type":"string","enum":["disabled"]},{"title":"Permissive","description":"Set SELinux to permissive. The mode is set by appending `security=selinux selinux=1 enforcing=0` to the kernel command line and setting `SELINUX=permissive` in `/etc/selinux/config`.","type":"string","enum":["permissive"]},{"title":"Enforcing","description":"Set SELinux to enforcing. The mode is set by appending `security=selinux selinux=1` to the kernel command line and setting `SELINUX=enforcing` in `/etc/selinux/config`. The `security=selinux` arg tells the kernel which LSM to activate. The enforcing/permissive decision is controlled by the config file, allowing runtime changes via `setenforce`.","type":"string","enum":["enforcing"]}]},"Services":{"type":"object","properties":{"disable":{"description":"List of services to disable.\\n\\nThe services listed here will *not* be set to automatically run on OS boot.","default":[],"type":"array","items":{"type":"string"}},"enable":{"description":"List of services to enable.\\n\\nThe services listed here will be set to automatically run on OS boot.","default":[],"type":"array","items":{"type":"string"}}},"additionalProperties":false},"ServicingTypeSelection":{"description":"The selection of servicing types performed by Trident that can be used for any user-facing API. Currently, it is used to allow the user to select when to run a custom Script.","oneOf":[{"title":"Clean Install","description":"This selection only includes CleanInstall, a clean install of the target OS image when the host is booted from the provisioning OS.","type":"string","enum":["clean-install"]},{"title":"Runtime Update","description":"This selection only includes RuntimeUpdate, an update that does not require pausing the workload or rebooting.","type":"string","enum":["runtime-update"]},{"title":"A/B Update","description":"This selection only includes AbUpdate, an update that requires switching to a different root partition and rebooting.","type":"string","enum":["ab-update"]},{"title":"All","description":"This selection includes all servicing types.","type":"string","enum":["all"]}]},"SoftwareRaidArray":{"description":"Software RAID configuration.\\n\\nThe RAID array will be created using the `mdadm` package. During a clean install, all the existing RAID arrays that are on disks defined in the Host Configuration will be unmounted, and then stopped.\\n\\nThe RAID arrays that are defined in the Host Configuration will be created, and mounted if requested in the `storage.filesystems` config.\\n\\nTo learn more about RAID, please refer to the [RAID wiki](https://wiki.archlinux.org/title/RAID).\\n\\nTo learn more about `mdadm`, please refer to the [mdadm guide](https://raid.wiki.kernel.org/index.php/A_guide_to_mdadm).","type":"object","required":["devices","id","level","name"],"properties":{"devices":{"description":"Devices that will be used for the RAID array.\\n\\nSee the reference links for picking the right number of devices. Devices are partition IDs from the `disks` section.","type":"array","items":{"type":"string","format":"Block Device ID"}},"id":{"description":"A unique identifier for the RAID array.\\n\\nThis is a user-defined string that links the RAID array to the `filesystems` config in the Host Configuration. The identifier must be unique across devices of all types in the Host Configuration.","type":"string","format":"Block Device ID"},"level":{"description":"RAID level.\\n\\n`raid1` is supported and tested.\\n\\nOther possible values yet to be tested are: `raid0`, `raid5`, `raid6`, `raid10`.","allOf":[{"$ref":"#/definitions/RaidLevel"}]},"name":{"description":"Name of the RAID array.\\n\\nThis is used to reference the RAID array on the system. For example, `some-raid` will result in `/dev/md/some-raid` on the system.","type":"string"}},"additionalProperties":false},"SshMode":{"oneOf":[{"title":"\\\\[DEFAULT\\\\] Blocked","description":"Disable SSH for this entity.","type":"string","enum":["block"]},{"title":"Key Only","description":"Enable SSH for this entity with KEY only.","type":"string","enum":["key-only"]}]},"Storage":{"description":"Storage configuration describes the disks of the host that will be used to store the OS and data. Not all disks of the host need to be captured inside the Host Configuration, only those that Trident should operate on.","type":"object","properties":{"abUpdate":{"description":"A/B update configuration.","allOf":[{"$ref":"#/definitions/AbUpdate"}],"nullable":true},"disks":{"description":"A list of disks that will be used for the host.","type":"array","items":{"$ref":"#/definitions/Disk"}},"encryption":{"description":"Encryption configuration.","allOf":[{"$ref":"#/definitions/Encryption"}],"nullable":true},"filesystems":{"description":"Filesystems in this host.","type":"array","items":{"$ref":"#/definitions/FileSystem"}},"raid":{"description":"RAID configuration.","allOf":[{"$ref":"#/definitions/Raid"}]},"swap":{"description":"Swap device configuration.","type":"array","oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}],"items":{"oneOf":[{"$ref":"#/definitions/Swap"},{"type":"string"}],"string_shortcut":"Block Device ID"}},"verity":{"description":"Verity device configuration.","type":"array","items":{"$ref":"#/definitions/VerityDevice"}}},"additionalProperties":false},"Swap":{"type":"object","required":["deviceId"],"properties":{"deviceId":{"description":"The ID of the block device to use for this swap area.","type":"string","format":"Block Device ID"}},"additionalProperties":false},"SystemdCheck":{"description":"A check that can be run on the host to ensure systemd service(s) are in a successful state, as defined by `systemctl status` returning success.","type":"object","properties":{"name":{"description":"Name of the check.","type":"string"},"runOn":{"description":"List of servicing types that the check should run on. Valid servicing types are CleanInstall and AbUpdate, if All is specified, the check will run for both CleanInstall and AbUpdate.","type":"array","items":{"$ref":"#/definitions/ServicingTypeSelection"}},"systemdServices":{"description":"List of systemd services that need to be in successful state.","type":"array","items":{"type":"string"}},"timeoutSeconds":{"description":"Timeout for the systemd check, in seconds. If the service is found to be in an unsuccessful state, it will be requeried every 100ms until the timeout is reached. If the timeout is reached and the service is still unsuccessful, an error is returned. If 0 is specified, the services will be checked once and the check will return immediately.","default":30,"type":"integer","format":"uint","minimum":0}},"additionalProperties":false},"Trident":{"description":"The Trident Management configuration controls the installation of the Trident agent onto the target OS.","type":"object","properties":{"datastorePath":{"description":"Describes where to place the datastore Trident will use to store its state. Defaults to `/var/lib/trident/datastore.sqlite`. Needs to end with `.sqlite`, cannot be an existing file and cannot reside on a read-only filesystem or A/B volume.","type":"string"},"disable":{"description":"When set to `true`, prevents Trident from being enabled on the target OS. In that case, the remaining fields are ignored.","default":false,"type":"boolean"},"logstream":{"description":"Optional URL to stream logs to. TODO: document the interface.","type":"string","nullable":true},"phonehome":{"description":"URL to reach out to when target OS networking is up, so Trident can report its status. If not specified, the value from the Trident configuration will be used. This is useful for debugging and monitoring purposes, say by an orchestrator.","type":"string","nullable":true}},"additionalProperties":false},"UefiFallbackMode":{"description":"UEFI fallback mode\\n\\nUEFI provides a mechanism for booting from an EFI file without a corresponding boot variable existing in NVRAM. This is known as the UEFI fallback mode, and it uses a specific file path (/EFI/BOOT) to locate the fallback bootloader.\\n\\nThis configuration option allows specifying how Trident should populate the UEFI fallback boot files during OS installation or update.","oneOf":[{"title":"Conservative","description":"During clean install, the UEFI fallback will be updated during `finalize` to boot to the target OS. During an A/B update, the UEFI fallback will be updated to boot to the servicing OS (the existing OS) during `finalize` and then will be updated to boot to the target OS when `commit` validates the target OS as healthy. This aligns with how Trident handles the UEFI boot variables during an update.","type":"string","enum":["conservative"]},{"title":"Optimistic","description":"During clean install, the UEFI fallback will be updated during `finalize` to boot to the target OS. During an A/B update, the UEFI fallback will be updated to boot to the target OS (the newly installed OS) during the finalize stage.","type":"string","enum":["optimistic"]},{"title":"Disabled","description":"No UEFI fallback boot files are installed.","type":"string","enum":["disabled"]}]},"User":{"description":"Configuration for a specific user.","type":"object","required":["name"],"properties":{"homeDirectory":{"description":"Home directory for the user.","type":"string","nullable":true},"name":{"description":"Username","type":"string"},"password":{"description":"Password configuration.","allOf":[{"$ref":"#/definitions/Password"}]},"primaryGroup":{"description":"Primary group to add the user to.","type":"string","nullable":true},"secondaryGroups":{"description":"List of secondary groups to add the user to.","type":"array","items":{"type":"string"}},"sshMode":{"description":"SSH configuration for the user. **(IN DEVELOPMENT)**","allOf":[{"$ref":"#/definitions/SshMode"}]},"sshPublicKeys":{"description":"List of SSH keys to add to the user\'s authorized keys.","type":"array","items":{"type":"string"}},"startupCommand":{"description":"Command to be executed at startup, providing a way to run custom scripts or applications on user login.","type":"string","nullable":true},"uid":{"description":"Specifies the desired User ID. If not provided, the system will automatically assign a UID.","type":"integer","format":"int32","nullable":true}},"additionalProperties":false},"VerityCorruptionOption":{"description":"Corruption option for verity.","oneOf":[{"title":"IO-Error","description":"Fails the I/O operation with an I/O error.","type":"string","enum":["io-error"]},{"title":"Ignore","description":"Ignores the corruption and continues operation.","type":"string","enum":["ignore"]},{"title":"Panic","description":"Causes the system to panic (print errors) and then try restarting.","type":"string","enum":["panic"]},{"title":"Restart","description":"Attempts to restart the system.","type":"string","enum":["restart"]}]},"VerityDevice":{"description":"Verity device configuration.","type":"object","required":["dataDeviceId","hashDeviceId","id","name"],"properties":{"corruptionOption":{"default":"io-error","allOf":[{"$ref":"#/definitions/VerityCorruptionOption"}]},"dataDeviceId":{"description":"The ID of the partition to use as the verity data partition.","type":"string","format":"Block Device ID"},"hashDeviceId":{"description":"The ID of the partition to use as the verity hash partition.","type":"string","format":"Block Device ID"},"id":{"description":"Block device id of the verity device.","type":"string"},"name":{"description":"Name of the verity device, used for the device mapper name.\\n\\nThe value must be \\"root\\" for root partition \\"/\\".","type":"string"}},"additionalProperties":false}}}');
// EXTERNAL MODULE: ./build/context/yaml.js
var yaml = __webpack_require__(24309);
// EXTERNAL MODULE: ./build/trident/schema-tools.js
var schema_tools = __webpack_require__(67762);
;// CONCATENATED MODULE: ./build/trident/host-config-schema.js
// Trident's Host Configuration JSON schema, corrected where it disagrees with
// Trident's own parser (the serde types in microsoft/trident,
// crates/trident_api/src/config/host/).
//
// The schema is generated by schemars from Trident's Rust types and then
// post-processed; in a few places it describes something other than what
// serde actually accepts. Each fix below is a pure rewrite of one such spot,
// so that everything else the schema forbids is still forbidden. Both of its
// checks are made when the action is built (scripts/compile-schemas.ts): the
// schema src/data/schema-check.ts reads to say whether a config is valid
// (host-config-check.ts), and the Ajv validator that explains why not, which
// loads with this module only for a config the check refuses.



/**
 * PCR names serde accepts (sysdefs/src/tpm2.rs, strum `serialize` names):
 * the systemd-cryptenroll names, `pcrN` where systemd has none. The schema
 * instead lists the Rust variant names (`Pcr7`), which the parser rejects.
 */
const PCR_NAMES = [
    'platform-code',
    'platform-config',
    'external-code',
    'external-config',
    'boot-loader-code',
    'boot-loader-config',
    'host-platform',
    'secure-boot-policy',
    'pcr8',
    'kernel-initrd',
    'ima',
    'kernel-boot',
    'kernel-config',
    'sysexts',
    'shim-policy',
    'system-identity',
    'debug',
    'pcr17',
    'pcr18',
    'pcr19',
    'pcr20',
    'pcr21',
    'pcr22',
    'application-support',
];
/** The corrected schema, its $refs inlined (see inlineRefs): a pure function of the vendored one, which it leaves untouched. */
function correctHostConfigSchema(raw) {
    return (0,schema_tools.inlineRefs)(correctHostConfigDefinitions(raw));
}
/** The corrected schema with its $refs and definitions, as the vendored one has them. Pure. */
function correctHostConfigDefinitions(raw) {
    const fixed = fixDefinitions(structuredClone(raw));
    const rewritten = (0,schema_tools.mapSchema)(fixed, (node) => nullableToAnyOf(flattenSerdeOneOf(dropNonStandard(node))));
    if (!(0,yaml/* isMapping */.pi)(rewritten))
        throw new Error('host config schema is not an object');
    return rewritten;
}
function fixDefinitions(schema) {
    const defs = (0,yaml/* isMapping */.pi)(schema.definitions) ? schema.definitions : {};
    if ((0,yaml/* isMapping */.pi)(defs.Check))
        defs.Check = untagCheck(defs.Check);
    if ((0,yaml/* isMapping */.pi)(defs.Pcr))
        defs.Pcr = pcrSchema(defs.Pcr);
    if ((0,yaml/* isMapping */.pi)(defs.Storage) && (0,yaml/* isMapping */.pi)(defs.Storage.properties)) {
        const swap = defs.Storage.properties.swap;
        if ((0,yaml/* isMapping */.pi)(swap))
            defs.Storage.properties.swap = moveSwapOneOfIntoItems(swap);
    }
    return schema;
}
/**
 * health.checks: the schema has serde's default external tagging
 * (`{Script: {...}}`), but the enum is `#[serde(untagged)]`: samples and
 * parser use the bare object. Each `{Tag: X}` branch becomes X.
 */
function untagCheck(check) {
    if (!Array.isArray(check.oneOf))
        return check;
    const branches = check.oneOf;
    const oneOf = branches.map((branch) => {
        if (!(0,yaml/* isMapping */.pi)(branch) || !(0,yaml/* isMapping */.pi)(branch.properties) || !Array.isArray(branch.required))
            return branch;
        const tag = branch.required[0];
        return typeof tag === 'string' && (0,yaml/* isMapping */.pi)(branch.properties[tag]) ? branch.properties[tag] : branch;
    });
    return { ...check, oneOf };
}
/** A PCR is a number 0–23 or a systemd name (see PCR_NAMES). */
function pcrSchema(pcr) {
    return {
        description: pcr.description,
        oneOf: [
            { type: 'integer', minimum: 0, maximum: 23 },
            { type: 'string', enum: [...PCR_NAMES] },
        ],
    };
}
/** storage.swap: the array carries a `oneOf` meant for its items (which already have it): drop it. */
function moveSwapOneOfIntoItems(swap) {
    if (!Array.isArray(swap.oneOf) || !(0,yaml/* isMapping */.pi)(swap.items))
        return swap;
    const { oneOf, ...rest } = swap;
    const items = Array.isArray(swap.items.oneOf) ? swap.items : { ...swap.items, oneOf };
    return { ...rest, items };
}
/** `string_shortcut` is schemars' note that a string may stand for the object; Ajv would reject the unknown keyword. */
function dropNonStandard(node) {
    const { string_shortcut: _ignored, ...rest } = node;
    return rest;
}
/**
 * Script is `#[serde(flatten)]` over an enum (content | path): schemars put
 * the enum's variants in a `oneOf` with `additionalProperties: false` each,
 * next to a parent that also forbids extra keys, so nothing validates.
 * Their properties move to the parent; the oneOf keeps only "exactly one of".
 */
function flattenSerdeOneOf(node) {
    const { oneOf, properties } = node;
    if (!Array.isArray(oneOf) || !(0,yaml/* isMapping */.pi)(properties) || node.additionalProperties !== false)
        return node;
    const variants = oneOf.filter(yaml/* isMapping */.pi);
    if (variants.length !== oneOf.length || !variants.every((v) => (0,yaml/* isMapping */.pi)(v.properties)))
        return node;
    const merged = { ...properties };
    for (const v of variants)
        Object.assign(merged, v.properties);
    return { ...node, properties: merged, oneOf: variants.map((v) => ({ required: v.required ?? [] })) };
}
/** OpenAPI's `nullable: true` (not JSON Schema): "this, or null". */
function nullableToAnyOf(node) {
    if (!('nullable' in node))
        return node;
    const { nullable, ...rest } = node;
    if (nullable !== true)
        return rest;
    const { description, ...shape } = rest;
    const wrapper = { anyOf: [{ type: 'null' }, shape] };
    if (description !== undefined)
        wrapper.description = description;
    return wrapper;
}
let correctedSchema;
/** The corrected schema, built once per process. */
function hostConfigSchema() {
    correctedSchema ??= correctHostConfigSchema(trident_host_config_schema_namespaceObject);
    return correctedSchema;
}
/** The validator that explains: every error, with paths through the inlined schema (explainErrors needs them). */
async function hostConfigExplainer() {
    return (await __webpack_require__.e(/* import() */ 350).then(__webpack_require__.bind(__webpack_require__, 39350))).validate;
}


/***/ }),

/***/ 67762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectFormats: () => (/* binding */ collectFormats),
/* harmony export */   explainErrors: () => (/* binding */ explainErrors),
/* harmony export */   explainRefusal: () => (/* binding */ explainRefusal),
/* harmony export */   inlineRefs: () => (/* binding */ inlineRefs),
/* harmony export */   mapSchema: () => (/* binding */ mapSchema),
/* harmony export */   resolvePointer: () => (/* binding */ resolvePointer),
/* harmony export */   withoutAnnotations: () => (/* binding */ withoutAnnotations)
/* harmony export */ });
/* harmony import */ var _context_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24309);
/* harmony import */ var _data_schema_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54907);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94823);
// Helpers shared by the host-config and COSI checks: pure schema rewrites, and
// turning Ajv's raw error list into one readable message per JSON pointer.
//
// Ajv reports every failed branch of a oneOf/anyOf, which for a nullable enum
// yields a dozen lines about one value. The rewrite below inlines every $ref,
// so each error's schemaPath is a path through one tree and the errors of a
// combinator's branches can be told apart by prefix; then each failed
// combinator is replaced by either one "must be A, B or C" message (when every
// branch failed on the value itself) or the errors of the branch that came
// closest (when some branch matched the value's shape).



/** Keywords whose values are data, not subschemas: never rewrite inside them. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);
/**
 * Rebuilds a schema bottom-up, applying `visit` to every schema object after
 * its children were rebuilt. The input is never modified.
 */
function mapSchema(node, visit) {
    if (Array.isArray(node))
        return node.map((item) => mapSchema(item, visit));
    if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(node))
        return node;
    const rebuilt = {};
    for (const [key, child] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(key))
            rebuilt[key] = structuredClone(child);
        else if (SCHEMA_MAP_KEYWORDS.has(key) && (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(child))
            rebuilt[key] = mapValues(child, (s) => mapSchema(s, visit));
        else
            rebuilt[key] = mapSchema(child, visit);
    }
    return visit(rebuilt);
}
/** Keywords whose value maps names to subschemas: the map itself is not a schema. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
function mapValues(map, fn) {
    return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, fn(v)]));
}
/** Resolves a JSON pointer (`#/a/b` or `/a/b`, as Ajv writes schemaPath) inside `root`. */
function resolvePointer(root, pointer) {
    const bare = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    let current = root;
    for (const raw of (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .cP)(bare)) {
        const segment = decodeURIComponent(raw);
        if (Array.isArray(current))
            current = current[Number(segment)];
        else if ((0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(current))
            current = current[segment];
        else
            return undefined;
    }
    return current;
}
/** Annotation keywords that may sit next to a $ref without changing what it validates. */
const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', '$comment']);
/**
 * Replaces every local `$ref` by a copy of its target and drops the
 * definitions, so that Ajv's schemaPath always describes the path through the
 * tree. Throws on a recursive schema, which cannot be inlined.
 */
function inlineRefs(root) {
    const inline = (node, stack) => {
        if (Array.isArray(node))
            return node.map((item) => inline(item, stack));
        if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(node))
            return node;
        const out = {};
        for (const [key, child] of Object.entries(node)) {
            if (key !== '$ref')
                out[key] = DATA_KEYWORDS.has(key) ? child : inline(child, stack);
        }
        const ref = node.$ref;
        if (typeof ref !== 'string')
            return out;
        if (!ref.startsWith('#'))
            throw new Error(`cannot inline the non-local $ref ${ref}`);
        if (stack.includes(ref))
            throw new Error(`cannot inline the recursive $ref ${ref}`);
        const target = inline(resolvePointer(root, ref), [...stack, ref]);
        if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(target))
            throw new Error(`$ref ${ref} does not resolve to a schema`);
        return mergeRefTarget(out, target);
    };
    const { definitions: _d, $defs: _e, ...rest } = root;
    return inline(rest, []);
}
/** The schema without its annotations (they validate nothing): what a validator that only says yes or no needs. Pure. */
function withoutAnnotations(root) {
    const stripped = mapSchema(root, (node) => Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key))));
    if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(stripped))
        throw new Error('schema is not an object');
    return stripped;
}
/** A $ref with only annotations beside it becomes its target; other siblings keep their meaning via allOf. */
function mergeRefTarget(siblings, target) {
    const onlyAnnotations = Object.keys(siblings).every((k) => ANNOTATIONS.has(k));
    if (onlyAnnotations)
        return { ...target, ...siblings };
    const allOf = Array.isArray(siblings.allOf) ? siblings.allOf : [];
    return { ...siblings, allOf: [...allOf, target] };
}
/** Every `format` name used anywhere in a schema. */
function collectFormats(node, found = new Set()) {
    if (Array.isArray(node))
        node.forEach((item) => collectFormats(item, found));
    else if ((0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(node)) {
        for (const [key, child] of Object.entries(node)) {
            if (key === 'format' && typeof child === 'string')
                found.add(child);
            else if (!DATA_KEYWORDS.has(key))
                collectFormats(child, found);
        }
    }
    return found;
}
/** Keywords that judge the value itself rather than something inside it. */
const LEAF_KEYWORDS = new Set([
    'type',
    'enum',
    'const',
    'format',
    'pattern',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'minLength',
    'maxLength',
    'multipleOf',
    'alternatives',
]);
/**
 * Why a document its yes-or-no check (src/data/schema-check.ts) refused is invalid: the explaining validator's
 * errors (paths through the inlined `schema`), one message per path. Loaded only then, with this module; the
 * validator must refuse the document too.
 */
function explainRefusal(value, validate, schema, what) {
    return explainErrors((0,_data_schema_check_js__WEBPACK_IMPORTED_MODULE_1__/* .refusalErrors */ .yU)(value, validate, what), schema);
}
/** Turns Ajv's errors (from a schema made by inlineRefs) into one message per path. */
function explainErrors(errors, schema) {
    const issues = errors
        .filter((e) => e.keyword !== 'if') // always accompanied by the then/else errors that say what is wrong
        .map(toIssue);
    return (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeByPath */ .nz)(resolveCombinators(dropContainsNoise(issues), schema).map((i) => describeIssue(i, schema)));
}
/** A failed `contains` lists every item that did not match; its own error already says what is missing. */
function dropContainsNoise(issues) {
    const contains = issues.filter((i) => i.keyword === 'contains');
    return issues.filter((i) => !contains.some((c) => i !== c && isUnder(i, c)));
}
function toIssue(error) {
    return {
        instancePath: error.instancePath,
        schemaPath: error.schemaPath,
        keyword: error.keyword,
        params: { ...error.params },
        message: error.message ?? error.keyword,
    };
}
function isFailedCombinator(issue) {
    return issue.keyword === 'oneOf' || issue.keyword === 'anyOf';
}
/** Innermost combinators first, so an outer one sees its branches already summarised. */
function resolveCombinators(issues, schema) {
    const combinators = issues.filter(isFailedCombinator).sort((a, b) => b.schemaPath.length - a.schemaPath.length);
    let current = issues;
    for (const combinator of combinators) {
        if (current.includes(combinator))
            current = resolveCombinator(current, combinator, schema);
    }
    return current;
}
function isUnder(issue, combinator) {
    const p = combinator.instancePath;
    const sameValue = issue.instancePath === p || issue.instancePath.startsWith(`${p}/`);
    return sameValue && issue.schemaPath.startsWith(`${combinator.schemaPath}/`);
}
function resolveCombinator(issues, combinator, schema) {
    const inside = issues.filter((i) => i !== combinator && isUnder(i, combinator));
    const rest = issues.filter((i) => i !== combinator && !isUnder(i, combinator));
    return [...rest, ...replaceCombinator(combinator, inside, schema)];
}
function replaceCombinator(combinator, inside, schema) {
    const keys = requiredOnlyAlternatives(resolvePointer(schema, combinator.schemaPath));
    if (keys) {
        const quantity = combinator.keyword === 'oneOf' ? 'exactly one' : 'at least one';
        return [{ ...combinator, message: `must have ${quantity} of the keys ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .joinOr */ .So)(keys.map(_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD))}` }];
    }
    const passing = combinator.params.passingSchemas;
    if (Array.isArray(passing)) {
        return [{ ...combinator, message: `matches more than one of its alternatives (${passing.join(', ')}); it must match exactly one` }];
    }
    const branches = groupByBranch(inside, combinator.schemaPath);
    const isLeaf = (i) => i.instancePath === combinator.instancePath && LEAF_KEYWORDS.has(i.keyword);
    const shapeMatches = branches.filter((b) => !b.every(isLeaf));
    if (shapeMatches.length === 0) {
        const alternatives = [...new Set(branches.flatMap(describeBranch))];
        return [{ ...combinator, keyword: 'alternatives', alternatives }];
    }
    // The branch with the fewest complaints is the one the user most likely meant.
    return shapeMatches.reduce((best, b) => (b.length < best.length ? b : best));
}
/** Alternatives such as `oneOf: [{required: [content]}, {required: [path]}]`: the keys, else undefined. */
function requiredOnlyAlternatives(branches) {
    if (!Array.isArray(branches) || branches.length === 0)
        return undefined;
    const keys = [];
    for (const branch of branches) {
        if (!(0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(branch) || Object.keys(branch).join() !== 'required')
            return undefined;
        const required = branch.required;
        if (!Array.isArray(required) || required.length !== 1 || typeof required[0] !== 'string')
            return undefined;
        keys.push(required[0]);
    }
    return keys;
}
function groupByBranch(inside, combinatorPath) {
    const groups = new Map();
    for (const issue of inside) {
        const branch = issue.schemaPath.slice(combinatorPath.length + 1).split('/')[0] ?? '';
        groups.set(branch, [...(groups.get(branch) ?? []), issue]);
    }
    return [...groups.values()];
}
/** What one failed branch wanted the value to be, as words for "must be …". */
function describeBranch(issues) {
    const find = (keyword) => issues.find((i) => i.keyword === keyword);
    const enumIssue = find('enum');
    if (enumIssue && Array.isArray(enumIssue.params.allowedValues))
        return enumIssue.params.allowedValues.map(_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD);
    const constIssue = find('const');
    if (constIssue)
        return [(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(constIssue.params.allowedValue)];
    const nested = find('alternatives');
    if (nested?.alternatives)
        return nested.alternatives;
    const format = find('format');
    if (format)
        return [formatWords(format.params.format)];
    const pattern = find('pattern');
    if (pattern)
        return [`a string matching ${String(pattern.params.pattern)}`];
    const type = find('type');
    if (type)
        return [typeWords(type.params.type)];
    const limit = issues.find((i) => typeof i.params.comparison === 'string');
    if (limit)
        return [`a number ${String(limit.params.comparison)} ${String(limit.params.limit)}`];
    return issues.map((i) => i.message.replace(/^must (be )?/, ''));
}
function describeIssue(issue, schema) {
    const at = (message) => ({ path: issue.instancePath, message, atKey: false });
    switch (issue.keyword) {
        case 'additionalProperties':
            return unknownKeyProblem(issue, schema);
        case 'required':
            return at(`missing required key ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(issue.params.missingProperty)}`);
        case 'type':
            return at(`must be ${typeWords(issue.params.type)}`);
        case 'enum':
            return at(`must be ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .joinOr */ .So)(asArray(issue.params.allowedValues).map(_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD))}`);
        case 'const':
            return at(`must be ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(issue.params.allowedValue)}`);
        case 'format':
            return at(`must be ${formatWords(issue.params.format)}`);
        case 'alternatives':
            return at(`must be ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .joinOr */ .So)(issue.alternatives ?? [])}`);
        default:
            return at(issue.message);
    }
}
function unknownKeyProblem(issue, schema) {
    const key = String(issue.params.additionalProperty);
    const parent = resolvePointer(schema, issue.schemaPath.replace(/\/additionalProperties$/, ''));
    const allowed = (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(parent) && (0,_context_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(parent.properties) ? Object.keys(parent.properties) : [];
    const hint = allowed.length > 0 ? ` (allowed here: ${allowed.join(', ')})` : '';
    return { path: (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerJoin */ .wQ)(issue.instancePath, key), message: `unknown key ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(key)}${hint}`, atKey: true };
}
/** Quoted as written: some format names are regular expressions, which JSON escaping would double. */
function formatWords(format) {
    return `a string in format "${String(format)}"`;
}
function asArray(value) {
    return Array.isArray(value) ? value : [value];
}
function typeWords(type) {
    return (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .joinOr */ .So)(String(type).split(','));
}


/***/ })

};
